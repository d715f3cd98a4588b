package atlas.sim.regress;

import atlas.sim.output.Decimals;
import atlas.sim.output.Metrics;
import atlas.sim.output.RunResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's summary metrics as flat numbers, named as in {@code runs.csv}: a map-valued metric
 * becomes one entry per statistic ({@code download_time_s.mean}). Values are rounded as
 * {@link Decimals} writes them, so that a value read back from a baseline file equals the value
 * the same run computes now, bit for bit; an undefined value is NaN.
 */
final class MetricValues {

    private MetricValues() {
    }

    /** Every metric of {@code run}, in the order of {@link Metrics#ALL}. */
    static Map<String, Double> of(RunResult run) {
        Map<String, Double> flat = new LinkedHashMap<>();
        for (Map.Entry<String, Object> metric : Metrics.compute(run).entrySet()) {
            if (metric.getValue() instanceof Map<?, ?> statistics) {
                for (Map.Entry<?, ?> statistic : statistics.entrySet()) {
                    flat.put(metric.getKey() + "." + statistic.getKey(), number(statistic.getValue()));
                }
            } else {
                flat.put(metric.getKey(), number(metric.getValue()));
            }
        }
        return flat;
    }

    private static double number(Object value) {
        if (value == null) {
            return Double.NaN;
        }
        double x = ((Number) value).doubleValue();
        return Double.isFinite(x) ? Double.parseDouble(Decimals.format(x)) : Double.NaN;
    }
}
