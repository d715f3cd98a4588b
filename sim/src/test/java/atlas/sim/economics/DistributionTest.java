package atlas.sim.economics;

import static atlas.sim.economics.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoublePredicate;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards that every per-peer distribution draws exactly one uniform per value (so changing one never
 * shifts other draws), matches its analytic distribution, and refuses parameters that make no sense.
 */
class DistributionTest {

    /** Large enough that five binomial standard errors, 5 sqrt(p(1-p)/n), are at most 0.0056. */
    private static final int N = 200_000;

    static Stream<Distribution> distributions() {
        return Stream.of(new ConstantValue(3), new LogNormalValue(100, 1), new ParetoValue(1.5, 10),
                new UniformValue(2, 6), new TableValue(new double[] {0.7, 0.25, 0.05}, new double[] {0, 1000, 1e6}));
    }

    /** A generator whose next {@code nextDouble()} is {@code u}, a multiple of 2^-53 in [0, 1). */
    private static UniformRandomProvider at(double u) {
        long bits = (long) (u * 0x1.0p53) << 11;
        return () -> bits;
    }

    private static double[] samples(Distribution distribution, long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] samples = new double[N];
        for (int i = 0; i < N; i++) {
            samples[i] = distribution.sample(random);
        }
        return samples;
    }

    /** The share of samples where {@code event} holds equals {@code p} within five binomial standard errors. */
    private static void assertProbability(double p, double[] samples, DoublePredicate event, String what) {
        long hits = 0;
        for (double x : samples) {
            if (event.test(x)) {
                hits++;
            }
        }
        double tolerance = 5 * Math.sqrt(p * (1 - p) / samples.length);
        assertEquals(p, (double) hits / samples.length, Math.max(tolerance, 1e-12), what);
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void everySampleConsumesExactlyOneUniform(Distribution distribution) {
        CountingRandom random = new CountingRandom(42);
        for (int i = 1; i <= 1000; i++) {
            double x = distribution.sample(random);
            assertEquals(i, random.doublesDrawn(), distribution.describe());
            assertTrue(x >= 0 && Double.isFinite(x), distribution.describe() + " gave " + x);
        }
    }

    @Test
    void changingOneDistributionKeepsTheLaterDrawsOfTheStream() {
        UniformRandomProvider first = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        UniformRandomProvider second = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        Distribution later = new LogNormalValue(5, 2);
        double[] a = new double[50];
        double[] b = new double[50];
        for (int i = 0; i < a.length; i++) {
            new ConstantValue(1).sample(first);
            a[i] = later.sample(first);
            new ParetoValue(1.2, 1).sample(second);
            b[i] = later.sample(second);
        }
        assertArrayEquals(a, b);
    }

    @Test
    void constantIsAlwaysItsValue() {
        for (double x : samples(new ConstantValue(3), 1)) {
            assertEquals(3, x);
        }
        assertEquals(0, new ConstantValue(0).sample(at(0.5)));
    }

    @Test
    void logNormalMatchesItsQuantiles() {
        double median = 100;
        double sigma = 1;
        LogNormalDistribution reference = LogNormalDistribution.of(Math.log(median), sigma);
        double[] samples = samples(new LogNormalValue(median, sigma), 2);
        for (double x : new double[] {median / Math.E / Math.E, median / Math.E, median, median * Math.E, median * 20}) {
            assertProbability(reference.cumulativeProbability(x), samples, s -> s <= x, "P(X <= " + x + ")");
        }
    }

    @Test
    void logNormalIsSymmetricAboutItsMedianInLogAndFiniteAtTheEndsOfTheUniform() {
        LogNormalValue distribution = new LogNormalValue(100, 1.5);
        double lowest = distribution.sample(at(0));
        double highest = distribution.sample(at(1 - 0x1.0p-53));
        assertTrue(lowest > 0 && Double.isFinite(highest), lowest + " " + highest);
        assertEquals(100 * 100, lowest * highest, 1e-9 * 100 * 100);
        assertEquals(100 * 100, distribution.sample(at(0.25)) * distribution.sample(at(0.75 - 0x1.0p-53)), 1e-9 * 100 * 100);
        assertEquals(100, new LogNormalValue(100, 0).sample(at(0.99)));
    }

    @Test
    void paretoHasItsPowerLawTail() {
        double alpha = 1.5;
        double minimum = 10;
        double[] samples = samples(new ParetoValue(alpha, minimum), 3);
        for (double x : samples) {
            assertTrue(x >= minimum, "below the minimum: " + x);
        }
        for (double x : new double[] {12, 20, 50, 200, 1000}) {
            assertProbability(Math.pow(minimum / x, alpha), samples, s -> s > x, "P(X > " + x + ")");
        }
    }

    @Test
    void paretoInvertsItsDistributionFunction() {
        ParetoValue distribution = new ParetoValue(2, 10);
        assertEquals(10, distribution.sample(at(0)));
        assertEquals(20, distribution.sample(at(0.75)), 1e-12);
        assertEquals(10 * Math.pow(2, 26.5), distribution.sample(at(1 - 0x1.0p-53)), 1e-3);
    }

    @Test
    void uniformSpreadsEvenlyBetweenLowAndHigh() {
        double[] samples = samples(new UniformValue(2, 6), 4);
        for (double x : samples) {
            assertTrue(x >= 2 && x <= 6, "outside [2, 6]: " + x);
        }
        for (double q : new double[] {0.1, 0.25, 0.5, 0.9}) {
            assertProbability(q, samples, s -> s <= 2 + 4 * q, "P(X <= " + (2 + 4 * q) + ")");
        }
        assertEquals(7, new UniformValue(7, 7).sample(at(0.3)));
        assertEquals(2, new UniformValue(2, 6).sample(at(0)));
    }

    @Test
    void tableDrawsEachValueAtItsShare() {
        double[] samples = samples(new TableValue(new double[] {0.7, 0.25, 0.05}, new double[] {0, 1000, 1e6}), 5);
        assertProbability(0.7, samples, s -> s == 0, "P(X = 0)");
        assertProbability(0.25, samples, s -> s == 1000, "P(X = 1000)");
        assertProbability(0.05, samples, s -> s == 1e6, "P(X = 1e6)");
    }

    @Test
    void tableInvertsItsCumulativeSharesAndGivesTheRoundingRemainderToTheLastValue() {
        TableValue table = new TableValue(new double[] {0.5, 0.25, 0.25}, new double[] {1, 2, 3});
        assertEquals(1, table.sample(at(0)));
        assertEquals(1, table.sample(at(0.5 - 0x1.0p-53)));
        assertEquals(2, table.sample(at(0.5)));
        assertEquals(3, table.sample(at(0.75)));
        TableValue short1 = new TableValue(new double[] {0.5, 0.5 - 5e-10}, new double[] {1, 2});
        assertEquals(2, short1.sample(at(1 - 0x1.0p-53)));
    }

    @Test
    void tableComparesAndPrintsByContentAndKeepsItsOwnCopies() {
        double[] shares = {0.25, 0.75};
        double[] values = {10, 20};
        TableValue table = new TableValue(shares, values);
        shares[0] = 0.5;
        values[0] = 99;
        table.values()[1] = 99;
        TableValue same = new TableValue(new double[] {0.25, 0.75}, new double[] {10, 20});
        assertEquals(same, table);
        assertEquals(same.hashCode(), table.hashCode());
        assertNotEquals(new TableValue(new double[] {0.25, 0.75}, new double[] {10, 21}), table);
        assertEquals("TableValue[shares=[0.25, 0.75], values=[10.0, 20.0]]", table.toString());
        assertArrayEquals(new double[] {10, 20}, table.values());
        assertArrayEquals(new double[] {0.25, 0.75}, table.shares());
    }

    @Test
    void describesItselfForMessagesAndProvenance() {
        assertEquals("constant(3)", new ConstantValue(3).describe());
        assertEquals("lognormal(median 100, sigma 1)", new LogNormalValue(100, 1).describe());
        assertEquals("pareto(alpha 1.5, minimum 10)", new ParetoValue(1.5, 10).describe());
        assertEquals("uniform(low 0.25, high 6)", new UniformValue(0.25, 6).describe());
        assertEquals("table(0.7: 0, 0.3: 1000000)", new TableValue(new double[] {0.7, 0.3}, new double[] {0, 1e6}).describe());
    }

    @Test
    void rejectsParametersThatMakeNoDistribution() {
        assertRejected("constant value must be a finite number of 0 or more, not -1", () -> new ConstantValue(-1));
        assertRejected("constant value", () -> new ConstantValue(Double.NaN));
        assertRejected("lognormal median must be a finite number greater than 0, not 0", () -> new LogNormalValue(0, 1));
        assertRejected("lognormal sigma", () -> new LogNormalValue(1, -0.1));
        assertRejected("lognormal sigma", () -> new LogNormalValue(1, Double.POSITIVE_INFINITY));
        assertRejected("Pareto alpha", () -> new ParetoValue(0, 1));
        assertRejected("above 1, not 1: at 1 or below the mean holding is infinite", () -> new ParetoValue(1, 1));
        assertRejected("Pareto minimum", () -> new ParetoValue(1.5, 0));
        assertRejected("uniform low", () -> new UniformValue(-1, 1));
        assertRejected("uniform high", () -> new UniformValue(0, Double.POSITIVE_INFINITY));
        assertRejected("low (3) must not be above the high (2)", () -> new UniformValue(3, 2));
        assertRejected("at least one value", () -> new TableValue(new double[0], new double[0]));
        assertRejected("as many shares as values", () -> new TableValue(new double[] {1}, new double[] {1, 2}));
        assertRejected("share of table row 2", () -> new TableValue(new double[] {1, 0}, new double[] {1, 2}));
        assertRejected("value of table row 1", () -> new TableValue(new double[] {1}, new double[] {-5}));
        assertRejected("must sum to 1, not 0.9", () -> new TableValue(new double[] {0.5, 0.4}, new double[] {1, 2}));
        assertRejected("must sum to 1", () -> new TableValue(new double[] {0.5, 0.5 + 2e-9}, new double[] {1, 2}));
        assertEquals(3, new TableValue(new double[] {0.333333333333, 0.333333333333, 0.333333333333},
                new double[] {1, 2, 3}).shares().length);
    }
}
