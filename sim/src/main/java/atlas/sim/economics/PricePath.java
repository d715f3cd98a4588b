package atlas.sim.economics;

import java.util.Arrays;

/**
 * A token price path through given points, linear between them, constant before the first and after
 * the last: a replayed history, or a scripted rise or crash to test how peers react.
 */
public final class PricePath implements TokenPrice {

    private final long[] timesMicros;
    private final double[] usdPerBtt;

    /**
     * @param timesMicros strictly increasing
     * @param usdPerBtt   the price at each time; positive and finite
     */
    public PricePath(long[] timesMicros, double[] usdPerBtt) {
        if (timesMicros.length != usdPerBtt.length) {
            throw new IllegalArgumentException("a price path needs as many prices as times, not "
                    + usdPerBtt.length + " prices for " + timesMicros.length + " times");
        }
        if (timesMicros.length == 0) {
            throw new IllegalArgumentException("a price path needs at least one point");
        }
        for (int i = 0; i < timesMicros.length; i++) {
            Parameters.positive("the price at point " + (i + 1) + " of the price path", usdPerBtt[i]);
            if (i > 0 && timesMicros[i] <= timesMicros[i - 1]) {
                throw new IllegalArgumentException("the times of a price path must increase, but point " + (i + 1)
                        + " at " + timesMicros[i] + " us comes after " + timesMicros[i - 1] + " us");
            }
        }
        this.timesMicros = timesMicros.clone();
        this.usdPerBtt = usdPerBtt.clone();
    }

    @Override
    public double usdPerBtt(long micros) {
        int found = Arrays.binarySearch(timesMicros, micros);
        if (found >= 0) {
            return usdPerBtt[found];
        }
        int next = -found - 1;
        if (next == 0) {
            return usdPerBtt[0];
        }
        if (next == timesMicros.length) {
            return usdPerBtt[next - 1];
        }
        long t0 = timesMicros[next - 1];
        // Subtracting in double, not long: the span between two points may exceed Long.MAX_VALUE.
        double fraction = ((double) micros - t0) / ((double) timesMicros[next] - t0);
        return usdPerBtt[next - 1] + fraction * (usdPerBtt[next] - usdPerBtt[next - 1]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PricePath path && Arrays.equals(timesMicros, path.timesMicros)
                && Arrays.equals(usdPerBtt, path.usdPerBtt);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(timesMicros) + Arrays.hashCode(usdPerBtt);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("path(");
        for (int i = 0; i < timesMicros.length; i++) {
            text.append(i == 0 ? "" : ", ").append(timesMicros[i]).append(" us: ")
                    .append(Parameters.text(usdPerBtt[i])).append(" USD/BTT");
        }
        return text.append(')').toString();
    }
}
