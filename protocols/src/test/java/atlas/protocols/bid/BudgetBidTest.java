package atlas.protocols.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the budget strategy's promise: paying each delivered block at the price in force, a
 * download never costs more than the budget, yet spends nearly all of it when the cap allows.
 */
class BudgetBidTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void neverOverspendsAndSpendsMostOfIt(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        long size = Prices.MIB + random.nextLong(500 * Prices.MIB);
        long budget = random.nextLong(1_000_000_000L);
        BudgetBid strategy = new BudgetBid(new BudgetBidParams(new BttAmount(budget), new BttPerMiB(1), new BttPerMiB(Long.MAX_VALUE)));
        long remaining = size;
        long committed = 0;
        // A ledger carries fractions of a base unit: the exact value, in 1/MiB base units.
        BigInteger exact = BigInteger.ZERO;
        long now = 0;
        while (remaining > 0) {
            long price = strategy.price(now, 0, remaining, committed);
            // Several blocks may arrive, from several peers, before the next bid update.
            long delivered = Math.min(remaining, 1 + random.nextLong(4 * Prices.MIB));
            exact = exact.add(BigInteger.valueOf(price).multiply(BigInteger.valueOf(delivered)));
            committed = exact.shiftRight(20).longValueExact();
            remaining -= delivered;
            now += 1_000_000;
            assertTrue(committed <= budget, "committed " + committed + " of " + budget);
        }
        // The price is re-derived from what is left, so rounding losses are spent later; what can
        // stay unspent is under one base unit per MiB still missing when the price rounds down.
        assertTrue(committed >= budget - (size / Prices.MIB + 2),
                "spent only " + committed + " of " + budget);
    }

    @Test
    void capsThePriceAndStopsBelowTheFloor() {
        BudgetBid strategy = new BudgetBid(new BudgetBidParams(new BttAmount(1_000), new BttPerMiB(10), new BttPerMiB(200)));
        assertEquals(200, strategy.price(0, 0, Prices.MIB, 0), "cap");
        assertEquals(100, strategy.price(0, 0, 10 * Prices.MIB, 0), "1000 over 10 MiB");
        assertEquals(10, strategy.price(0, 0, 10 * Prices.MIB, 900), "100 left over 10 MiB: the floor itself");
        assertEquals(0, strategy.price(0, 0, 10 * Prices.MIB, 901), "below the floor: no bid");
        assertEquals(0, strategy.price(0, 0, 0, 0), "complete");
        assertEquals(0, strategy.price(0, 0, Prices.MIB, 1_000), "budget spent");
    }
}
