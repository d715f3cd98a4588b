package atlas.sim.regress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the regression suite keeps of one run.
 *
 * @param seed the run's seed
 * @param digest {@link RunDigest} of the run: equal digests mean the same thing happened
 * @param events events the engine processed
 * @param metrics every summary metric, flattened by {@link MetricValues}, in their order; NaN where undefined
 */
public record RunOutcome(long seed, String digest, long events, Map<String, Double> metrics) {

    public RunOutcome {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The metric's value, NaN if this run does not define it. */
    public double metric(String name) {
        return metrics.getOrDefault(name, Double.NaN);
    }
}
