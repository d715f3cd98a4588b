package atlas.sim.output;

import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.Scenario;
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

    /**
     * Why a run of {@code scenario} that stopped at simulated time {@code endMicros}, after
     * {@code arrived} peers arrived (initial seeds not counted), did. A run to completion stops
     * before its limit only when everyone has completed (the clock stands at the limit when the
     * run reached it), so one whose last peer completes at the very microsecond of the limit
     * counts as having hit it. A Poisson process is cut at the limit, and the run then ends when
     * the last peer it brought completes: that run too was bounded by the limit.
     */
    public static EndedBy of(Scenario scenario, long endMicros, int arrived) {
        if (!(scenario.until() instanceof Until.AllComplete all)) {
            return DURATION;
        }
        long limit = all.limitMicros();
        return endMicros < limit && !arrivingAt(scenario.arrivals(), limit, arrived) ? ALL_COMPLETE : LIMIT;
    }

    /** Whether {@code arrivals} would still bring peers at time {@code limit}. */
    private static boolean arrivingAt(Arrivals arrivals, long limit, int arrived) {
        if (arrivals instanceof Arrivals.Poisson p) {
            return p.untilMicros() >= limit && arrived < p.maxPeers();
        }
        if (arrivals instanceof Arrivals.Schedule s) {
            long from = 0;
            for (Arrivals.Segment segment : s.segments()) {
                if (segment.ratePerSecond() > 0 && from < limit && segment.untilMicros() >= limit) {
                    return true;
                }
                from = segment.untilMicros();
            }
        }
        // A flash crowd has arrived at time 0; a trace's later rows keep the run going to the limit.
        return false;
    }
}
