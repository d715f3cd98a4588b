package atlas.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

// Guards that report cells show file values as the files hold them (no exponent, no trailing .0)
// so a reader can search for them, and that computed statistics round as documented.
class NumbersTest {

    @Test
    void exactValuesReadAsInTheFiles() {
        assertEquals("6533053572", Numbers.exact(6.533053572E9));
        assertEquals("73.230702", Numbers.exact(73.230702));
        assertEquals("1", Numbers.exact(1.0));
        assertEquals("0.0001", Numbers.exact(1e-4));
        assertEquals("", Numbers.exact(Double.NaN));
        assertEquals("-inf", Numbers.exact(Double.NEGATIVE_INFINITY));
    }

    @Test
    void computedStatisticsRoundToSignificantDigits() {
        assertEquals("0.1235", Numbers.rounded(0.123456789, 4));
        assertEquals("121.298", Numbers.rounded(121.29765384615385, 6));
        assertEquals("0", Numbers.rounded(0, 4));
        assertEquals("inf", Numbers.rounded(Double.POSITIVE_INFINITY, 4));
    }
}
