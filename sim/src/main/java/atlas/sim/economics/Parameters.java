package atlas.sim.economics;

import java.math.BigDecimal;

/**
 * Checks and prints the parameters of prices and distributions. The messages surface in scenario
 * errors, so they name the parameter and the valid range in words a user understands.
 */
final class Parameters {

    private Parameters() {
    }

    static void positive(String what, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(what + " must be a finite number greater than 0, not " + text(value));
        }
    }

    static void nonNegative(String what, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(what + " must be a finite number of 0 or more, not " + text(value));
        }
    }

    static void finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + text(value));
        }
    }

    /** The shortest plain decimal that reads back as {@code value}: "100", not "100.0" or "1E+2". */
    static String text(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
