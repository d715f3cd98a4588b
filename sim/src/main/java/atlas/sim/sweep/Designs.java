package atlas.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The point sets of the {@link Design}s. Sampled designs give coordinates in [0, 1) for each
 * parameter, which {@link Parameter#sample} scales to the parameter's range. The Sobol sequence is
 * Commons Math's ({@code SobolSequenceGenerator}, Joe and Kuo's direction numbers, unscrambled, so
 * it needs no seed). Latin hypercube sampling follows McKay, Beckman and Conover, "A comparison of
 * three methods for selecting values of input variables in the analysis of output from a computer
 * code", Technometrics 21(2), 1979: in each dimension a random permutation assigns the n points to
 * the n strata [k/n, (k+1)/n), and each point is uniform within its stratum.
 */
public final class Designs {

    private Designs() {
    }

    /** Every combination of level indices, the first dimension varying slowest. */
    public static List<int[]> grid(int[] levels) {
        List<int[]> points = new ArrayList<>();
        int[] current = new int[levels.length];
        for (int level : levels) {
            if (level == 0) {
                return points;
            }
        }
        while (true) {
            points.add(current.clone());
            int d = levels.length - 1;
            while (d >= 0 && ++current[d] == levels[d]) {
                current[d] = 0;
                d--;
            }
            if (d < 0) {
                return points;
            }
        }
    }

    /** {@code n} independent uniform points in [0, 1)^{@code dimensions}. */
    public static double[][] random(int n, int dimensions, UniformRandomProvider rng) {
        double[][] points = new double[n][dimensions];
        for (double[] point : points) {
            for (int d = 0; d < dimensions; d++) {
                point[d] = rng.nextDouble();
            }
        }
        return points;
    }

    /** {@code n} points in [0, 1)^{@code dimensions} with exactly one in each of n strata per dimension. */
    public static double[][] latinHypercube(int n, int dimensions, UniformRandomProvider rng) {
        double[][] points = new double[n][dimensions];
        int[] strata = new int[n];
        for (int d = 0; d < dimensions; d++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            // Fisher-Yates shuffle.
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < n; i++) {
                points[i][d] = (strata[i] + rng.nextDouble()) / n;
            }
        }
        return points;
    }

    /** The first {@code n} points of the {@code dimensions}-dimensional Sobol sequence. */
    public static double[][] sobol(int n, int dimensions) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(dimensions);
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = generator.nextVector();
        }
        return points;
    }
}
