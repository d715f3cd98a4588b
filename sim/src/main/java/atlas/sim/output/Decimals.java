package atlas.sim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rule by which result files write non-integer numbers, so that identical results give
 * identical bytes on every machine and JDK: plain decimal notation (never an exponent, never a
 * locale's separators), rounded half-even to 6 decimal places from the double's exact binary
 * value, trailing zeros removed ("12500000", "0.25", "1234.567891", "0"). Simulated times, being
 * integer microseconds, are written in seconds exactly.
 */
public final class Decimals {

    private static final int PLACES = 6;
    private static final int SIGNIFICANT = 9;

    private Decimals() {
    }

    /** @throws IllegalArgumentException for NaN or an infinity, which no result should hold */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot write " + x + " to a result file");
        }
        // new BigDecimal(double) is exact, unlike Double.toString, whose digits changed in JDK 19.
        return plain(new BigDecimal(x).setScale(PLACES, RoundingMode.HALF_EVEN));
    }

    /**
     * A quantity whose scale says nothing of its precision, such as a token's price in USD
     * (0.00012 and less), rounded half-even to {@value #SIGNIFICANT} significant digits instead of
     * to decimal places, then written by the same plain rule ("0.000123456789" gives
     * "0.000123456789", "1234.5678912345" gives "1234.56789").
     */
    public static String significant(double x) {
        return plain(significantValue(x));
    }

    /** {@link #significant(double)} as a number, for JSON. */
    static BigDecimal significantValue(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot write " + x + " to a result file");
        }
        return new BigDecimal(x).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN));
    }

    /** Microseconds as seconds, exactly: 1500000 gives "1.5". */
    static String seconds(long micros) {
        return plain(BigDecimal.valueOf(micros, 6));
    }

    static String plain(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString();
    }
}
