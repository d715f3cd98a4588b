package atlas.sim.economics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A distribution of non-negative real values drawn per peer: holdings, value of time, costs, seeding
 * thresholds. Every sample consumes exactly one {@code random.nextDouble()} and maps it through the
 * inverse of the distribution function, so that changing one distribution in a scenario never shifts
 * the later draws of the same stream: two scenarios compared on the same seed differ only where they
 * differ (common random numbers; Law, Simulation Modeling and Analysis, 5th ed., section 11.2).
 */
public interface Distribution {

    /** One value, from exactly one {@code random.nextDouble()}. */
    double sample(UniformRandomProvider random);

    /** e.g. "lognormal(median 100, sigma 1)", for messages and provenance. */
    String describe();
}
