/**
 * Comparisons of policies run on the same seeds (common random numbers): per metric, the paired
 * statistics of a candidate against a baseline with p-values Holm-adjusted over all candidates and
 * metrics ({@link atlas.analysis.compare.Comparison}), the percent change of the means with its
 * ratio-estimator interval ({@link atlas.analysis.compare.PercentChange}), and their CSV table
 * ({@link atlas.analysis.compare.ComparisonCsv}). The paired statistics themselves live in
 * {@link atlas.analysis.stats.PairedComparison}.
 */
package atlas.analysis.compare;
