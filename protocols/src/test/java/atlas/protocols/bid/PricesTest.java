package atlas.protocols.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards the exact, round-down conversions both ledgers and the budget rely on, beyond where {@code price * bytes} overflows. */
class PricesTest {

    private static final BigInteger MIB = BigInteger.valueOf(Prices.MIB);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void matchesBigIntegerArithmetic(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (int i = 0; i < 10_000; i++) {
            long price = random.nextLong(1L << (1 + random.nextInt(40)));
            long bytes = random.nextLong(1L << (1 + random.nextInt(42)));
            BigInteger value = BigInteger.valueOf(price).multiply(BigInteger.valueOf(bytes)).divide(MIB);
            assertEquals(value.longValueExact(), Prices.valueOf(price, bytes), price + " x " + bytes);

            long amount = random.nextLong(1L << (1 + random.nextInt(62)));
            long positiveBytes = 1 + bytes;
            BigInteger best = BigInteger.valueOf(amount).multiply(MIB).divide(BigInteger.valueOf(positiveBytes));
            long expected = best.bitLength() < 64 ? best.longValueExact() : Long.MAX_VALUE;
            long affordable = Prices.affordable(amount, positiveBytes);
            assertEquals(expected, affordable, amount + " over " + positiveBytes);
        }
    }

    @Test
    void anAffordablePriceNeverCostsMoreThanTheAmount() {
        assertEquals(1_000_000, Prices.valueOf(1_000_000, Prices.MIB));
        assertEquals(0, Prices.valueOf(1, Prices.MIB - 1));
        long price = Prices.affordable(999, 3 * Prices.MIB + 7);
        assertEquals(332, price);
        assertEquals(996, Prices.valueOf(price, 3 * Prices.MIB + 7));
        assertThrows(ArithmeticException.class, () -> Prices.valueOf(Long.MAX_VALUE / 2, 4 * Prices.MIB));
        assertThrows(IllegalArgumentException.class, () -> Prices.valueOf(-1, 1));
    }
}
