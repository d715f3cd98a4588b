package atlas.sim.scenario;

/**
 * When a run ends. YAML: {@code until: all-complete} (limit 30 d), {@code until: { all-complete:
 * { limit: 10 d } }}, or a duration such as {@code until: 6 h}.
 */
public sealed interface Until {

    /** When every peer that arrived has completed (or left), or at {@code limitMicros}. */
    record AllComplete(long limitMicros) implements Until {
    }

    /** After a fixed simulated time. */
    record Duration(long micros) implements Until {
    }
}
