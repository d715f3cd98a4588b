package atlas.protocols.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.protocols.bid.Prices;
import java.math.BigInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards that accrual carries fractions of a base unit: many small blocks are worth exactly what the sum of their values is. */
class AccrualTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void equalsTheExactSumRoundedDownOnce(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Accrual accrual = new Accrual();
        BigInteger exact = BigInteger.ZERO;
        for (int i = 0; i < 20_000; i++) {
            long price = random.nextInt(4) == 0 ? random.nextLong(1L << 36) : random.nextLong(1_000);
            long bytes = random.nextInt(10) == 0 ? random.nextLong(1L << 26) : random.nextLong(16_385);
            accrual.setPrice(price);
            long predicted = accrual.valueAfter(bytes);
            accrual.add(bytes);
            exact = exact.add(BigInteger.valueOf(price).multiply(BigInteger.valueOf(bytes)));
            long expected = exact.shiftRight(20).longValueExact();
            assertEquals(expected, accrual.value(), "after " + i + " blocks");
            assertEquals(expected, predicted, "valueAfter predicts add");
        }
        assertEquals(Prices.MIB, 1L << 20);
    }
}
