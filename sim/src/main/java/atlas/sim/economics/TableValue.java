package atlas.sim.economics;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A discrete distribution given as a table: value i is drawn with probability shares[i], such as an
 * explicit allocation of holdings ("70% of peers hold 0 BTT, 25% hold 1000, 5% hold 10^6"). Sampled
 * by inversion over the cumulative shares in table order; the last value also takes the rounding
 * remainder of shares that sum to 1 only within 1e-9.
 *
 * @param shares the probability of each value; each greater than 0, summing to 1 within 1e-9
 * @param values the values, each 0 or more
 */
public record TableValue(double[] shares, double[] values) implements Distribution {

    /** How far the shares may sum from 1: room for decimal fractions such as thirds written out. */
    private static final double SUM_TOLERANCE = 1e-9;

    public TableValue {
        // Copied before checking, so that the caller cannot change what was checked.
        shares = shares.clone();
        values = values.clone();
        if (shares.length != values.length) {
            throw new IllegalArgumentException("a table needs as many shares as values, not " + shares.length
                    + " shares for " + values.length + " values");
        }
        if (shares.length == 0) {
            throw new IllegalArgumentException("a table needs at least one value");
        }
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            Parameters.positive("the share of table row " + (i + 1), shares[i]);
            Parameters.nonNegative("the value of table row " + (i + 1), values[i]);
            sum += shares[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("the shares of a table must sum to 1, not " + Parameters.text(sum));
        }
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double sample(UniformRandomProvider random) {
        double u = random.nextDouble();
        double cumulative = 0;
        int last = shares.length - 1;
        for (int i = 0; i < last; i++) {
            cumulative += shares[i];
            if (u < cumulative) {
                return values[i];
            }
        }
        return values[last];
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("table(");
        for (int i = 0; i < shares.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Parameters.text(shares[i])).append(": ")
                    .append(Parameters.text(values[i]));
        }
        return text.append(')').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableValue table && Arrays.equals(shares, table.shares)
                && Arrays.equals(values, table.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shares) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TableValue[shares=" + Arrays.toString(shares) + ", values=" + Arrays.toString(values) + "]";
    }
}
