package atlas.sim.economics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A standard normal variate from one uniform number by inversion (Devroye, Non-Uniform Random
 * Variate Generation, 1986, section II.2), the quantile computed by Commons Statistics'
 * {@link NormalDistribution}. Inversion rather than a polar or ziggurat sampler because those take a
 * varying count of uniforms per variate, which would shift every later draw of the stream.
 */
public final class StandardNormal {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** Half the spacing of {@code nextDouble()}'s grid of multiples of 2^-53. */
    private static final double HALF_STEP = 0x1.0p-54;

    private StandardNormal() {
    }

    /**
     * The quantile at the midpoint of the uniform's grid cell: {@code u} in [0, 1) maps into (0, 1),
     * so no draw is infinite, and the map is symmetric (u and 1 - 2^-53 - u give opposite values).
     * The upper half is computed as the negated lower quantile of {@code 1 - u}, which is exact there,
     * whereas {@code u + 2^-54} would round and could even reach 1.
     */
    public static double fromUniform(double u) {
        return u < 0.5
                ? NORMAL.inverseCumulativeProbability(u + HALF_STEP)
                : -NORMAL.inverseCumulativeProbability((1 - u) - HALF_STEP);
    }
}
