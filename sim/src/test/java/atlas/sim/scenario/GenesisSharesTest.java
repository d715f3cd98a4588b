package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.chain.GenesisAllocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Guards the genesis arithmetic: shares become whole base units that add up to the supply exactly,
 * each within one unit of its share, and the shares written back give the same units again (the
 * resolved scenario's round trip), even for supplies with more digits than a double holds.
 */
class GenesisSharesTest {

    @Test
    void whitePaperTableReadsAsItsPercentages() {
        GenesisAllocation defaults = GenesisAllocation.defaults();
        long[] amounts = defaults.lines().stream().mapToLong(GenesisAllocation.Line::amount).toArray();
        BigDecimal[] shares = GenesisShares.shares(amounts, defaults.totalSupply());
        assertEquals("[0.06, 0.101, 0.09, 0.02, 0.109, 0.1, 0.19, 0.19, 0.14]",
                Arrays.toString(Arrays.stream(shares).map(BigDecimal::toPlainString).toArray()));
    }

    @Test
    void thirdsOfASmallSupplyRoundToTheNearestUnit() {
        BigDecimal third = new BigDecimal("0.3333333333");
        assertArrayEquals(new long[] {3, 4, 3}, GenesisShares.amounts(new BigDecimal[] {third, third, third}, 10));
        assertArrayEquals(new long[] {0, 0, 7}, GenesisShares.amounts(new BigDecimal[] {BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ONE}, 7));
    }

    @RepeatedTest(20)
    void randomAllocationsAddUpAndRoundTrip(RepetitionInfo repetition) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(repetition.getCurrentRepetition());
        long supply = 1 + random.nextLong(Long.MAX_VALUE / 2);
        int lines = 1 + random.nextInt(12);
        BigDecimal[] shares = new BigDecimal[lines];
        double[] weights = new double[lines];
        double total = 0;
        for (int i = 0; i < lines; i++) {
            weights[i] = random.nextDouble();
            total += weights[i];
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines - 1; i++) {
            shares[i] = new BigDecimal(weights[i] / total).setScale(12, RoundingMode.DOWN);
            sum = sum.add(shares[i]);
        }
        shares[lines - 1] = BigDecimal.ONE.subtract(sum);
        long[] amounts = GenesisShares.amounts(shares, supply);
        assertEquals(supply, Arrays.stream(amounts).sum());
        for (int i = 0; i < lines; i++) {
            BigDecimal exact = shares[i].multiply(BigDecimal.valueOf(supply));
            assertTrue(exact.subtract(BigDecimal.valueOf(amounts[i])).abs().compareTo(BigDecimal.ONE) <= 0,
                    "line " + i + " got " + amounts[i] + " for " + exact);
        }
        BigDecimal[] written = GenesisShares.shares(amounts, supply);
        assertTrue(GenesisShares.sumsToOne(written));
        assertArrayEquals(amounts, GenesisShares.amounts(written, supply));
    }
}
