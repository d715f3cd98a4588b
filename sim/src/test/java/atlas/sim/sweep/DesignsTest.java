package atlas.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The design generators give the point sets their names promise: every grid combination once, one LHS point per stratum, the Sobol sequence's known points. */
class DesignsTest {

    @Test
    void gridHasEveryCombinationOnceFirstDimensionSlowest() {
        List<int[]> points = Designs.grid(new int[] {2, 3});
        assertEquals(6, points.size());
        assertArrayEquals(new int[] {0, 0}, points.get(0));
        assertArrayEquals(new int[] {0, 1}, points.get(1));
        assertArrayEquals(new int[] {0, 2}, points.get(2));
        assertArrayEquals(new int[] {1, 0}, points.get(3));
        assertArrayEquals(new int[] {1, 2}, points.get(5));
        assertEquals(1, Designs.grid(new int[0]).size(), "no parameters: the base scenario alone");
        assertEquals(24, Designs.grid(new int[] {2, 3, 4}).size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234567})
    void latinHypercubePutsOnePointInEachStratumOfEachDimension(long seed) {
        int n = 17;
        double[][] points = Designs.latinHypercube(n, 3, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        assertEquals(n, points.length);
        for (int d = 0; d < 3; d++) {
            boolean[] taken = new boolean[n];
            for (double[] point : points) {
                assertTrue(point[d] >= 0 && point[d] < 1, "in [0, 1): " + point[d]);
                int stratum = (int) (point[d] * n);
                assertTrue(!taken[stratum], "two points in stratum " + stratum + " of dimension " + d);
                taken[stratum] = true;
            }
        }
    }

    @Test
    void latinHypercubeIsAFunctionOfItsSeed() {
        double[][] a = Designs.latinHypercube(8, 2, RandomSource.XO_RO_SHI_RO_128_PP.create(5L));
        double[][] b = Designs.latinHypercube(8, 2, RandomSource.XO_RO_SHI_RO_128_PP.create(5L));
        assertArrayEquals(a, b);
    }

    @Test
    void sobolStartsWithTheKnownPoints() {
        // Dimension 1 is the van der Corput sequence in base 2 (Gray code order); dimension 2 follows Joe and Kuo.
        double[][] points = Designs.sobol(5, 2);
        assertArrayEquals(new double[] {0, 0}, points[0]);
        assertArrayEquals(new double[] {0.5, 0.5}, points[1]);
        assertArrayEquals(new double[] {0.75, 0.25}, points[2]);
        assertArrayEquals(new double[] {0.25, 0.75}, points[3]);
        assertArrayEquals(new double[] {0.375, 0.375}, points[4]);
    }

    @Test
    void randomPointsLieInTheUnitCube() {
        for (double[] point : Designs.random(100, 4, RandomSource.XO_RO_SHI_RO_128_PP.create(9L))) {
            for (double u : point) {
                assertTrue(u >= 0 && u < 1, "in [0, 1): " + u);
            }
        }
    }
}
