package atlas.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast sorted formula equals the pairwise definition of the Gini coefficient, with its known extremes. */
class GiniTest {

    private static final double EPS = 1e-12;

    @Test
    void knownValues() {
        assertEquals(0, Gini.of(new double[] {3, 3, 3}), EPS);
        // One of four holds everything: (n - 1) / n.
        assertEquals(0.75, Gini.of(new double[] {0, 0, 12, 0}), EPS);
        // 1, 2, 3: pairwise |differences| sum to 8, / (2 * 9 * 2) = 2/9.
        assertEquals(2.0 / 9, Gini.of(new double[] {3, 1, 2}), EPS);
        assertEquals(0, Gini.of(new double[] {0, 0}), EPS);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void equalsPairwiseDefinitionAndIgnoresScale(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] x = new double[1 + rng.nextInt(50)];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble() < 0.2 ? 0 : rng.nextDouble() * 1000;
        }
        double pairs = 0;
        double sum = 0;
        for (double a : x) {
            sum += a;
            for (double b : x) {
                pairs += Math.abs(a - b);
            }
        }
        double expected = sum == 0 ? 0 : pairs / (2.0 * x.length * sum);
        assertEquals(expected, Gini.of(x), 1e-9);
        double[] scaled = x.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 7.5;
        }
        assertEquals(Gini.of(x), Gini.of(scaled), 1e-9);
    }

    @Test
    void rejectsNegativeOrMissingAmounts() {
        assertThrows(IllegalArgumentException.class, () -> Gini.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Gini.of(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Gini.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Gini.of(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}
