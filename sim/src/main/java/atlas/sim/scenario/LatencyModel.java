package atlas.sim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One-way latency between two peers, in microseconds. YAML: {@code latency: { constant: 50 ms }},
 * {@code { uniform: [10 ms, 400 ms] }} or {@code { per-class: { dsl: { dsl: 80 ms, cable: 60 ms },
 * cable: { cable: 40 ms } } }}.
 */
public sealed interface LatencyModel {

    record Constant(long micros) implements LatencyModel {
    }

    /** Drawn once per connection, uniformly in [min, max]. */
    record Uniform(long minMicros, long maxMicros) implements LatencyModel {
    }

    /**
     * Fixed per pair of class names; symmetric and complete: {@code micros.get(a).get(b)} exists
     * for every pair of classes and equals {@code micros.get(b).get(a)}.
     */
    record PerClassPair(Map<String, Map<String, Long>> micros) implements LatencyModel {

        public PerClassPair {
            Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
            micros.forEach((from, row) -> copy.put(from, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
            micros = Collections.unmodifiableMap(copy);
        }
    }
}
