package atlas.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Result files write numbers by one locale-free, JDK-independent rule: plain notation, 6 decimals at most (prices: 9 significant digits), no trailing zeros. */
class DecimalsTest {

    @Test
    void plainNotationWithoutTrailingZeros() {
        assertEquals("12500000", Decimals.format(1.25e7));
        assertEquals("100", Decimals.format(100));
        assertEquals("0.25", Decimals.format(0.25));
        assertEquals("0", Decimals.format(0));
        assertEquals("0", Decimals.format(-0.0));
        assertEquals("-3.5", Decimals.format(-3.5));
        assertEquals("123456789012345683968", Decimals.format(1.2345678901234568e20));
    }

    @Test
    void roundsToSixPlacesFromTheExactBinaryValue() {
        assertEquals("0.333333", Decimals.format(1.0 / 3));
        assertEquals("0.1", Decimals.format(0.1));
        assertEquals("0.000001", Decimals.format(1e-6));
        // Decimal halves are never exact in binary: 5e-7 is stored just below one half, 1.5e-6 just above.
        assertEquals("0", Decimals.format(5e-7));
        assertEquals("0.000002", Decimals.format(1.5e-6));
    }

    @Test
    void pricesKeepNineSignificantDigitsWhateverTheirScale() {
        assertEquals("0.00012", Decimals.significant(0.00012));
        assertEquals("0.0000123456789", Decimals.significant(0.0000123456789012));
        assertEquals("1234.56789", Decimals.significant(1234.5678912345));
        assertEquals("0", Decimals.significant(0));
        assertThrows(IllegalArgumentException.class, () -> Decimals.significant(Double.NaN));
    }

    @Test
    void secondsFromMicrosAreExact() {
        assertEquals("1.5", Decimals.seconds(1_500_000));
        assertEquals("0.000001", Decimals.seconds(1));
        assertEquals("0", Decimals.seconds(0));
        assertEquals("86400", Decimals.seconds(86_400_000_000L));
        assertEquals("9223372036854.775807", Decimals.seconds(Long.MAX_VALUE));
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.POSITIVE_INFINITY));
    }
}
