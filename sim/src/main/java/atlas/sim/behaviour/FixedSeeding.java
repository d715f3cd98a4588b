package atlas.sim.behaviour;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;

/** Every peer seeds for the same time after completing. */
public final class FixedSeeding implements SeedingTime {

    public record Params(Duration time) {
        public Params {
            if (time.isNegative()) {
                throw new IllegalArgumentException("time must be 0 or more");
            }
        }
    }

    private final long micros;

    public FixedSeeding(Params params) {
        this.micros = SeedingTime.clamp(SeedingTime.micros(params.time()));
    }

    @Override
    public long drawMicros(UniformRandomProvider random, long traceValueMicros) {
        return micros;
    }
}
