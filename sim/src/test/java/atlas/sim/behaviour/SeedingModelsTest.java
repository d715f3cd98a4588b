package atlas.sim.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the seeding-time models: each draws from the distribution its name promises (checked
 * on seeded samples with tolerances far wider than sampling error), reproducibly, never negative.
 */
class SeedingModelsTest {

    private static final int DRAWS = 20_000;

    private static long[] draws(String name, Record params, long seed) {
        SeedingTime model = SeedingModels.REGISTRY.find(name).orElseThrow().create(params);
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        long[] draws = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = model.drawMicros(random, -1);
        }
        return draws;
    }

    @Test
    void registersTheDocumentedNamesWithTheirDefaults() {
        assertEquals(List.of("leave-at-once", "exponential", "fixed", "lognormal", "trace", "ratio", "economic"),
                List.copyOf(SeedingModels.REGISTRY.names()));
        assertEquals(new ExponentialSeeding.Params(Duration.ofMinutes(30)),
                SeedingModels.REGISTRY.find("exponential").orElseThrow().defaults());
    }

    @Test
    void economicSeedersStayWhileEarningsCoverTheirThresholdTimesCosts() {
        EconomicSeeding model = (EconomicSeeding) SeedingModels.REGISTRY.find("economic").orElseThrow()
                .create(new EconomicSeeding.Params(Duration.ofMinutes(5), 2, 0.5, 0.25, Duration.ofHours(3)));
        assertEquals(model, model.review());
        assertEquals(300_000_000L, model.periodMicros());
        assertTrue(Arrays.stream(draws("economic", new EconomicSeeding.Params(Duration.ofMinutes(5), 2, 0.5, 0.25,
                Duration.ofHours(3)), 1)).allMatch(d -> d == 10_800_000_000L), "everyone stops at max-time");
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        int altruists = 0;
        int aboveMedian = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double threshold = model.drawThreshold(random);
            altruists += threshold == 0 ? 1 : 0;
            aboveMedian += threshold > 2 ? 1 : 0;
        }
        // A quarter altruists; of the others, half above the median 2. Binomial tolerances of 4 sigma.
        assertEquals(0.25 * n, altruists, 4 * Math.sqrt(n * 0.25 * 0.75));
        assertEquals(0.375 * n, aboveMedian, 4 * Math.sqrt(n * 0.375 * 0.625));
        assertTrue(SeedingReview.keepsSeeding(2, 1, 2));
        assertTrue(!SeedingReview.keepsSeeding(1.99, 1, 2));
        assertTrue(SeedingReview.keepsSeeding(0, 1, 0), "an altruist stays without earning");
    }

    @Test
    void anEconomicThresholdAlwaysTakesTwoDraws() {
        // So that the share of altruists never shifts the draws that follow in a peer's stream.
        EconomicSeeding none = new EconomicSeeding(new EconomicSeeding.Params(Duration.ofMinutes(1), 1, 1, 0,
                Duration.ofDays(1)));
        EconomicSeeding all = new EconomicSeeding(new EconomicSeeding.Params(Duration.ofMinutes(1), 1, 1, 1,
                Duration.ofDays(1)));
        UniformRandomProvider a = RandomSource.XO_RO_SHI_RO_128_PP.create(8);
        UniformRandomProvider b = RandomSource.XO_RO_SHI_RO_128_PP.create(8);
        none.drawThreshold(a);
        assertEquals(0, all.drawThreshold(b));
        assertEquals(a.nextLong(), b.nextLong());
    }

    @Test
    void ratioStopsAtItsRatioOrItsMaxTimeAndTheOthersByTimeAlone() {
        SeedingTime ratio = SeedingModels.REGISTRY.find("ratio").orElseThrow()
                .create(new RatioSeeding.Params(1.5, Duration.ofHours(2)));
        assertEquals(1.5, ratio.stopRatio());
        assertTrue(Arrays.stream(draws("ratio", new RatioSeeding.Params(1.5, Duration.ofHours(2)), 1))
                .allMatch(d -> d == 7_200_000_000L));
        assertEquals(Double.POSITIVE_INFINITY, SeedingModels.REGISTRY.find("exponential").orElseThrow()
                .create(new ExponentialSeeding.Params(Duration.ofMinutes(1))).stopRatio());
        assertThrows(IllegalArgumentException.class, () -> new RatioSeeding.Params(-1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RatioSeeding.Params(Double.NaN, Duration.ZERO));
    }

    @Test
    void leaveAtOnceAndFixedAreConstant() {
        assertTrue(Arrays.stream(draws("leave-at-once", new LeaveAtOnce.Params(), 1)).allMatch(d -> d == 0));
        assertTrue(Arrays.stream(draws("fixed", new FixedSeeding.Params(Duration.ofMinutes(90)), 1))
                .allMatch(d -> d == 5_400_000_000L));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void exponentialHasTheGivenMeanAndMedianMeanLn2(long seed) {
        long mean = 1_800_000_000L;
        long[] draws = draws("exponential", new ExponentialSeeding.Params(Duration.ofMinutes(30)), seed);
        double sampleMean = Arrays.stream(draws).average().orElseThrow();
        assertEquals(mean, sampleMean, mean * 0.05);
        Arrays.sort(draws);
        assertEquals(mean * Math.log(2), draws[DRAWS / 2], mean * 0.05);
        assertTrue(draws[0] >= 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void lognormalHasTheGivenMedianAndSpread(long seed) {
        long median = 600_000_000L;
        long[] draws = draws("lognormal", new LogNormalSeeding.Params(Duration.ofMinutes(10), 1.0), seed);
        Arrays.sort(draws);
        assertEquals(median, draws[DRAWS / 2], median * 0.05);
        // 84.1 % of a normal lies below +1 sigma: exp(1) times the median for sigma 1.
        assertEquals(median * Math.E, draws[(int) (DRAWS * 0.8413)], median * Math.E * 0.08);
    }

    @Test
    void lognormalWithoutSpreadIsItsMedian() {
        long[] draws = draws("lognormal", new LogNormalSeeding.Params(Duration.ofMinutes(10), 0), 4);
        assertTrue(Arrays.stream(draws).allMatch(d -> d == 600_000_000L), "sigma 0 is the median, as a sweep from 0 needs");
    }

    @Test
    void sameSeedSameDraws() {
        Record params = new LogNormalSeeding.Params(Duration.ofMinutes(10), 2.0);
        assertTrue(Arrays.equals(draws("lognormal", params, 7), draws("lognormal", params, 7)));
        assertTrue(!Arrays.equals(draws("lognormal", params, 7), draws("lognormal", params, 8)));
    }

    @Test
    void heavyTailsAreCappedSoTimesCannotOverflow() {
        long[] draws = draws("lognormal", new LogNormalSeeding.Params(Duration.ofDays(365_000), 50), 1);
        assertTrue(Arrays.stream(draws).allMatch(d -> d >= 0 && d <= SeedingTime.LONGEST_MICROS));
        assertTrue(Arrays.stream(draws).anyMatch(d -> d == SeedingTime.LONGEST_MICROS));
    }

    @Test
    void traceReplaysThePeersValueAndNeedsOne() {
        SeedingTime trace = SeedingModels.REGISTRY.find("trace").orElseThrow().create(new TraceSeeding.Params());
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        assertEquals(42_000_000, trace.drawMicros(random, 42_000_000));
        assertEquals(0, trace.drawMicros(random, 0));
        assertThrows(IllegalArgumentException.class, () -> trace.drawMicros(random, -1));
    }

    @Test
    void paramsRejectInvalidValues() {
        assertThrows(IllegalArgumentException.class, () -> new ExponentialSeeding.Params(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new FixedSeeding.Params(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> new LogNormalSeeding.Params(Duration.ofMinutes(1), -0.1));
        assertThrows(IllegalArgumentException.class, () -> new LogNormalSeeding.Params(Duration.ZERO, 1));
    }
}
