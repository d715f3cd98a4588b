/**
 * Comparisons of policies run on the same seeds (common random numbers): per metric, the paired
 * statistics of a candidate against a baseline ({@link atlas.analysis.compare.Comparison}) and
 * their CSV table ({@link atlas.analysis.compare.ComparisonCsv}). The statistics themselves live
 * in {@link atlas.analysis.stats.PairedComparison}.
 */
package atlas.analysis.compare;
