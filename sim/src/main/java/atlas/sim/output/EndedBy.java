package atlas.sim.output;

import atlas.sim.scenario.Until;

/**
 * Why a run ended, {@code ended_by} in summary.json. A run meant to end when every peer has
 * completed may instead be bounded by its limit, and its metrics then describe a swarm cut off
 * at an arbitrary time: Poisson arrivals without max-peers or an end of their own keep coming
 * for the whole limit (30 days by default).
 */
public enum EndedBy {
    /** Every peer that arrived completed or left, and the arrivals had ended of themselves. */
    ALL_COMPLETE("all-complete"),
    /**
     * A run meant to end at all-complete reached {@link Until.AllComplete#limitMicros()} first,
     * or its arrivals were still coming at the limit.
     */
    LIMIT("limit"),
    /** A run of fixed duration ({@link Until.Duration}) ran it out. */
    DURATION("duration");

    private final String jsonName;

    EndedBy(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value in summary.json. */
    public String jsonName() {
        return jsonName;
    }
}
