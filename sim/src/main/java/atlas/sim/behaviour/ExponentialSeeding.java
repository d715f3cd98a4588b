package atlas.sim.behaviour;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Exponentially distributed seeding time: seeds leave at a constant rate 1/mean, the seed
 * departure rate gamma of Qiu and Srikant's fluid model (SIGCOMM 2004).
 */
public final class ExponentialSeeding implements SeedingTime {

    public record Params(Duration mean) {
        public Params {
            if (mean.isNegative() || mean.isZero()) {
                throw new IllegalArgumentException("mean must be greater than 0");
            }
        }
    }

    private final double meanMicros;

    public ExponentialSeeding(Params params) {
        this.meanMicros = SeedingTime.micros(params.mean());
    }

    @Override
    public long drawMicros(UniformRandomProvider random, long traceValueMicros) {
        // A sampler per draw: one draw per completing peer, and the caller owns the random stream.
        return SeedingTime.clamp(ZigguratSampler.Exponential.of(random, meanMicros).sample());
    }
}
