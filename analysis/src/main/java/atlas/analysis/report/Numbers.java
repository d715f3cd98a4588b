package atlas.analysis.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How numbers read in reports. Values are shown exactly as the result files hold them (Java's
 * shortest round-trip form, without exponent or a trailing ".0"), so a reader can find a
 * report's number in the CSV or JSON; statistics computed for the report are rounded to a given
 * number of significant digits, the full precision staying in the CSV the caller writes. NaN
 * (undefined) shows as an empty cell.
 */
final class Numbers {

    private Numbers() {
    }

    static String exact(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    static String rounded(double value, int significantDigits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return exact(value);
        }
        return exact(new BigDecimal(value).round(new MathContext(significantDigits)).doubleValue());
    }
}
