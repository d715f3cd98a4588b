package atlas.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Quantiles follow Hyndman and Fan's definition 7 (R's and NumPy's default), leave the input alone and refuse NaN. */
class QuantilesTest {

    private static final double EPS = 1e-12;

    @Test
    void interpolatesBetweenOrderStatistics() {
        double[] oneToTen = {10, 3, 1, 7, 5, 2, 9, 4, 8, 6};
        // Position h = 9p + 1 in the sorted values 1..10.
        assertEquals(5.5, Quantiles.of(oneToTen, 0.5), EPS);
        assertEquals(9.55, Quantiles.of(oneToTen, 0.95), EPS);
        assertEquals(1.45, Quantiles.of(oneToTen, 0.05), EPS);
        assertEquals(1, Quantiles.of(oneToTen, 0), EPS);
        assertEquals(10, Quantiles.of(oneToTen, 1), EPS);
    }

    @Test
    void severalAtOnceInTheOrderAsked() {
        double[] values = {0, 100, 40};
        // Sorted 0, 40, 100: h = 2p + 1.
        assertArrayEquals(new double[] {88, 40, 4}, Quantiles.of(values, 0.9, 0.5, 0.05), EPS);
        assertArrayEquals(new double[] {0, 100, 40}, values, "input reordered");
    }

    @Test
    void oneValueIsEveryQuantile() {
        assertEquals(7, Quantiles.of(new double[] {7}, 0.95), EPS);
    }

    @Test
    void rejectsNoValuesAndBadProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[0], 0.5, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[] {1}, 1.5));
    }

    /** Commons' default sorts NaN as the largest value, so that the median of {1, NaN, 3} came out as 3. */
    @Test
    void rejectsNaN() {
        double[] withNaN = {1, Double.NaN, 3};
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(withNaN, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(withNaN, 0.05, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[] {Double.NaN}, 0.5));
    }
}
