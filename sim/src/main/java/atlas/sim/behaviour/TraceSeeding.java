package atlas.sim.behaviour;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Each peer seeds for the time its row of the arrival trace gives (the trace's {@code seeding}
 * column), replaying measured behaviour. The scenario loader rejects this model unless every
 * trace row has a seeding time.
 */
public final class TraceSeeding implements SeedingTime {

    public record Params() {
    }

    @Override
    public long drawMicros(UniformRandomProvider random, long traceValueMicros) {
        if (traceValueMicros < 0) {
            throw new IllegalArgumentException("seeding model 'trace' needs a seeding time from the arrival trace");
        }
        return Math.min(traceValueMicros, LONGEST_MICROS);
    }
}
