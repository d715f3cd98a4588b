package atlas.protocols.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the auto-bid control rule in a toy feedback loop where the download rate grows with the
 * price: it settles inside the target band when a price in its limits buys the target, pins at
 * max when none does and at min when the target comes free, and adjusts at most once per period.
 */
class AutoBidTest {

    private static final long SECOND = 1_000_000L;
    private static final double TARGET = 1_000_000;

    /** A swarm's answer to a price: a free rate plus up to {@code capacity} more, half of it at {@code halfPrice}. */
    private record Market(double free, double capacity, double halfPrice) {
        double rate(long price) {
            return free + capacity * price / (price + halfPrice);
        }
    }

    private static AutoBid strategy(long initial) {
        return new AutoBid(new AutoBidParams(new BttPerMiB(initial), new BttPerMiB(1_000), new BttPerMiB(100_000_000), new ByteRate(TARGET), 1.25, 0.8, 0.1,
                Duration.ofSeconds(30)));
    }

    /** Runs 10 s rounds for {@code rounds}; the rate observed is the market's answer to the last price. */
    private static long run(AutoBid strategy, Market market, int rounds) {
        long price = 0;
        for (int r = 0; r < rounds; r++) {
            price = strategy.price(r * 10 * SECOND, market.rate(price), Prices.MIB, 0);
        }
        return price;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void settlesInTheTargetBandWhenAPriceBuysIt(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Market market = new Market(random.nextDouble() * 0.5 * TARGET, 2 * TARGET + random.nextDouble() * 8 * TARGET,
                1_000 + random.nextDouble() * 10_000_000);
        long initial = 1_000 + random.nextLong(100_000_000 - 1_000);
        AutoBid strategy = strategy(initial);
        long price = run(strategy, market, 600);
        double rate = market.rate(price);
        // One step from the band at most: a step can jump over a band narrower than its effect.
        double stepSlack = Math.max(market.rate((long) Math.ceil(price * 1.25)) - rate, rate - market.rate((long) (price * 0.8)));
        assertTrue(Math.abs(rate - TARGET) <= 0.1 * TARGET + stepSlack,
                "rate " + rate + " at price " + price + " for " + market);
        // And it stays there: the price only moves within a step's neighbourhood afterwards.
        long later = run(strategy, market, 60);
        assertTrue(later >= price * 0.64 && later <= price * 1.57, price + " then " + later);
    }

    @Test
    void pinsAtMaxWhenNoPriceBuysTheTargetAndAtMinWhenItIsFree() {
        assertEquals(100_000_000, run(strategy(1_000_000), new Market(0, TARGET / 2, 1_000), 600));
        assertEquals(1_000, run(strategy(1_000_000), new Market(3 * TARGET, TARGET, 1_000), 600));
    }

    @Test
    void adjustsAtMostOncePerPeriodAndStopsWhenComplete() {
        AutoBid strategy = strategy(10_000);
        assertEquals(10_000, strategy.price(0, 0, 1, 0), "first call offers the initial price");
        assertEquals(10_000, strategy.price(29 * SECOND, 0, 1, 0));
        assertEquals(12_500, strategy.price(30 * SECOND, 0, 1, 0));
        assertEquals(12_500, strategy.price(59 * SECOND, 0, 1, 0));
        // A long pause: one step, not a burst of catch-up steps.
        assertEquals(15_625, strategy.price(500 * SECOND, 0, 1, 0));
        assertEquals(15_625, strategy.price(529 * SECOND, 0, 1, 0));
        assertEquals(0, strategy.price(530 * SECOND, 0, 0, 0));
    }
}
