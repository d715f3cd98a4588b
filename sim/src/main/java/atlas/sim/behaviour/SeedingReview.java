package atlas.sim.behaviour;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A seeding model that does not fix the seeding time at completion but re-decides while the peer
 * seeds, from what seeding earns and costs it: the simulator asks every {@link #periodMicros()},
 * with the earnings and costs of the period just ended, and the peer leaves at the first "no".
 */
public interface SeedingReview {

    /** Time between decisions, the first one a period after completing; positive. */
    long periodMicros();

    /**
     * The peer's personal threshold, drawn once on arrival from the behaviour stream: it keeps
     * seeding while earnings cover its costs times this. 0 for an altruist, which always stays.
     */
    double drawThreshold(UniformRandomProvider random);

    /**
     * Whether a peer keeps seeding after a period in which it earned {@code earningsUsdPerHour} and
     * spent {@code costsUsdPerHour}, both averaged over the period.
     */
    static boolean keepsSeeding(double earningsUsdPerHour, double costsUsdPerHour, double threshold) {
        return earningsUsdPerHour >= threshold * costsUsdPerHour;
    }
}
