/**
 * Pure statistical functions over primitive arrays: product-limit survival ({@link
 * atlas.analysis.stats.KaplanMeier}), quantiles, the Gini coefficient, Student-t confidence
 * intervals of a mean, the per-group summary a sweep reports ({@link
 * atlas.analysis.stats.GroupSummary}) and the paired comparison of two policies on common random
 * numbers ({@link atlas.analysis.stats.PairedComparison}), and Holm's step-down adjustment of a
 * family of p-values ({@link atlas.analysis.stats.Holm}). No state, no I/O; inputs are never
 * modified.
 */
package atlas.analysis.stats;
