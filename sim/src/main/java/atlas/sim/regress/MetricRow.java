package atlas.sim.regress;

/**
 * One line of the metric table: a metric of a scenario, its comparison and the verdict.
 *
 * @param adjustedP Holm-adjusted p-value over every row of the check, NaN when not tested
 */
public record MetricRow(String scenario, GatedMetric metric, MetricComparison comparison, double adjustedP,
        Verdict verdict) {
}
