package atlas.sim.output;

import java.util.function.Function;

/**
 * One summary metric of a run: its key in {@code summary.json}, what it means, and how it is
 * computed. The value is a {@link Long}, a {@link Double}, an ordered map of such numbers (for
 * metrics with several statistics, such as {@code {mean, p50, p95}}), or null when the run has no
 * data for it (no peer completed, say): never a made-up number.
 *
 * @param name snake_case key, with its unit as a suffix where it has one
 * @param description what the number means, for people reading results
 * @param value computes the value from a run
 */
public record Metric(String name, String description, Function<RunResult, Object> value) {
}
