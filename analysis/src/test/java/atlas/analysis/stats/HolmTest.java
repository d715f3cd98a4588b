package atlas.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Holm's adjustment gives the textbook values and sits between the raw p-values and Bonferroni's. */
class HolmTest {

    @Test
    void adjustsAsHolmStepsDown() {
        // Sorted: 0.005 x4 = 0.02, 0.01 x3 = 0.03, 0.03 x2 = 0.06, 0.04 x1 = 0.04 -> kept at 0.06.
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-12);
    }

    @Test
    void leavesUntestedEntriesOutOfTheFamily() {
        double[] adjusted = Holm.adjust(new double[] {0.02, Double.NaN, 0.5});
        assertEquals(0.04, adjusted[0], 1e-12);
        assertTrue(Double.isNaN(adjusted[1]));
        assertEquals(0.5, adjusted[2], 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void liesBetweenRawAndBonferroniAndKeepsTheOrder(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] p = new double[1 + random.nextInt(40)];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble() * random.nextDouble();
        }
        double[] adjusted = Holm.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertTrue(adjusted[i] >= p[i], "never below the raw p-value");
            assertTrue(adjusted[i] <= Math.min(1, p.length * p[i]) + 1e-15, "never above Bonferroni");
            for (int j = 0; j < p.length; j++) {
                if (p[i] < p[j]) {
                    assertTrue(adjusted[i] <= adjusted[j], "a smaller p-value stays at most as large: " + Arrays.toString(p));
                }
            }
        }
    }
}
