package atlas.sim.economics;

import static atlas.sim.economics.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards that a GBM price path is one fixed path per seed, whatever the query order, with the exact log-normal step law. */
class GbmPriceTest {

    private static final long HOUR = 3_600_000_000L;
    private static final long DAY = 24 * HOUR;
    private static final long YEAR = 36525 * DAY / 100;
    private static final double MICROS_PER_YEAR = YEAR;

    private static GbmPrice gbm(double drift, double volatility, long step, long seed) {
        return new GbmPrice(0.001, drift, volatility, step, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theSameSeedGivesTheSamePathWhateverTheQueryOrder(long seed) {
        List<Long> times = new ArrayList<>();
        for (long t = -HOUR; t < 500 * HOUR; t += HOUR / 3) {
            times.add(t);
        }
        GbmPrice forward = gbm(0.2, 0.9, HOUR, seed);
        double[] expected = times.stream().mapToDouble(forward::usdPerBtt).toArray();

        List<Long> shuffled = new ArrayList<>(times);
        Collections.shuffle(shuffled, new Random(seed));
        GbmPrice scattered = gbm(0.2, 0.9, HOUR, seed);
        for (long t : shuffled) {
            assertEquals(expected[times.indexOf(t)], scattered.usdPerBtt(t), "at " + t + " us");
        }

        GbmPrice lastFirst = gbm(0.2, 0.9, HOUR, seed);
        lastFirst.usdPerBtt(times.get(times.size() - 1));
        assertEquals(expected[1], lastFirst.usdPerBtt(times.get(1)));
    }

    @Test
    void differentSeedsGiveDifferentPaths() {
        assertNotEquals(gbm(0.2, 0.9, HOUR, 1).usdPerBtt(10 * HOUR), gbm(0.2, 0.9, HOUR, 2).usdPerBtt(10 * HOUR));
    }

    @Test
    void thePriceHoldsWithinAStepAndChangesAtItsBoundary() {
        GbmPrice price = gbm(0.2, 0.9, HOUR, 7);
        assertEquals(0.001, price.usdPerBtt(Long.MIN_VALUE));
        assertEquals(0.001, price.usdPerBtt(-1));
        assertEquals(0.001, price.usdPerBtt(0));
        assertEquals(0.001, price.usdPerBtt(HOUR - 1));
        double second = price.usdPerBtt(HOUR);
        assertNotEquals(0.001, second);
        assertEquals(second, price.usdPerBtt(2 * HOUR - 1));
        assertNotEquals(second, price.usdPerBtt(2 * HOUR));
    }

    @Test
    void eachStepConsumesOneUniformAndOnlyWhenFirstAsked() {
        CountingRandom random = new CountingRandom(5);
        GbmPrice price = new GbmPrice(0.001, 0.2, 0.9, HOUR, random);
        price.usdPerBtt(HOUR - 1);
        assertEquals(0, random.doublesDrawn());
        price.usdPerBtt(100 * HOUR + 5);
        assertEquals(100, random.doublesDrawn());
        price.usdPerBtt(3 * HOUR);
        price.usdPerBtt(100 * HOUR);
        assertEquals(100, random.doublesDrawn());
        price.usdPerBtt(1000 * HOUR);
        assertEquals(1000, random.doublesDrawn());
    }

    @Test
    void oneStepFollowsTheExactDiscretisation() {
        double drift = 0.3;
        double volatility = 1.2;
        double dt = DAY / MICROS_PER_YEAR;
        double u = RandomSource.XO_RO_SHI_RO_128_PP.create(11L).nextDouble();
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(u);
        double expected = 0.001 * Math.exp((drift - volatility * volatility / 2) * dt + volatility * Math.sqrt(dt) * z);
        assertEquals(expected, gbm(drift, volatility, DAY, 11).usdPerBtt(DAY), expected * 1e-9);
    }

    /** The path multiplies step by step, so ten years of daily steps may gather a few thousand roundings: 1e-10. */
    @Test
    void zeroVolatilityGivesExactExponentialGrowth() {
        GbmPrice price = gbm(0.5, 0, DAY, 3);
        for (int day = 0; day <= 3653; day += 7) {
            double expected = 0.001 * Math.exp(0.5 * day * DAY / MICROS_PER_YEAR);
            assertEquals(expected, price.usdPerBtt(day * DAY + DAY / 2), expected * 1e-10, "day " + day);
        }
    }

    /**
     * Log-returns over n = 100000 steps of 30 days (1000 paths of 100 steps, as one path that long
     * would leave the range of doubles) with mu = 0.5, sigma = 0.4: the mean should be
     * (mu - sigma^2/2) dt = 0.0345 with standard error sigma sqrt(dt / n) = 3.6e-4, and the variance
     * sigma^2 dt = 0.0131 with standard error about sigma^2 dt sqrt(2 / n) = 5.9e-5. Five standard
     * errors fail a correct sampler with probability below 1e-6 per seed, yet still catch a missing
     * Ito correction (it moves the mean by sigma^2 dt / 2 = 6.6e-3, eighteen standard errors).
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void logReturnsHaveTheGbmMeanAndVariance(long seed) {
        double mu = 0.5;
        double sigma = 0.4;
        long step = 30 * DAY;
        double dt = step / MICROS_PER_YEAR;
        int paths = 1000;
        int steps = 100;
        int n = paths * steps;
        double[] returns = new double[n];
        for (int p = 0; p < paths; p++) {
            GbmPrice price = gbm(mu, sigma, step, seed * paths + p);
            double previous = price.usdPerBtt(0);
            for (int k = 1; k <= steps; k++) {
                double current = price.usdPerBtt(k * step);
                returns[p * steps + k - 1] = Math.log(current / previous);
                previous = current;
            }
        }
        double mean = 0;
        for (double r : returns) {
            mean += r / n;
        }
        double variance = 0;
        for (double r : returns) {
            variance += (r - mean) * (r - mean) / (n - 1);
        }
        double expectedVariance = sigma * sigma * dt;
        assertEquals((mu - sigma * sigma / 2) * dt, mean, 5 * Math.sqrt(expectedVariance / n));
        assertEquals(expectedVariance, variance, 5 * expectedVariance * Math.sqrt(2.0 / n));
    }

    @Test
    void aPathThatLeavesTheRangeOfDoublesFailsRatherThanGivingNoPrice() {
        GbmPrice price = gbm(100, 0, YEAR, 1);
        String message = assertThrows(ArithmeticException.class, () -> price.usdPerBtt(20 * YEAR)).getMessage();
        assertTrue(message.contains("drift 100/year"), message);
        assertEquals(message, assertThrows(ArithmeticException.class, () -> price.usdPerBtt(30 * YEAR)).getMessage());
        assertEquals(0.001 * Math.exp(100), price.usdPerBtt(YEAR), 0.001 * Math.exp(100) * 1e-12);
    }

    @Test
    void rejectsParametersThatMakeNoPrice() {
        assertRejected("initial token price", () -> new GbmPrice(0, 0.1, 0.5, HOUR, RandomSource.JDK.create(1L)));
        assertRejected("initial token price", () -> new GbmPrice(Double.NaN, 0.1, 0.5, HOUR, RandomSource.JDK.create(1L)));
        assertRejected("drift", () -> new GbmPrice(1, Double.POSITIVE_INFINITY, 0.5, HOUR, RandomSource.JDK.create(1L)));
        assertRejected("volatility", () -> new GbmPrice(1, 0.1, -0.5, HOUR, RandomSource.JDK.create(1L)));
        assertRejected("step", () -> new GbmPrice(1, 0.1, 0.5, 0, RandomSource.JDK.create(1L)));
        assertRejected("use a longer step", () -> gbm(0.1, 0.5, 1, 1).usdPerBtt(Long.MAX_VALUE));
    }
}
