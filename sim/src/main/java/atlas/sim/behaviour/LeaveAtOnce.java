package atlas.sim.behaviour;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Peers leave the moment they complete: the selfish extreme, and the setting of Hajek and Zhu's
 * missing-piece analysis ("The missing piece syndrome in peer-to-peer communication", 2010).
 */
public final class LeaveAtOnce implements SeedingTime {

    public record Params() {
    }

    @Override
    public long drawMicros(UniformRandomProvider random, long traceValueMicros) {
        return 0;
    }
}
