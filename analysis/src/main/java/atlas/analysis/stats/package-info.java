/**
 * Pure statistical functions over primitive arrays: product-limit survival ({@link
 * atlas.analysis.stats.KaplanMeier}), quantiles, the Gini coefficient and Student-t confidence
 * intervals of a mean. No state, no I/O; inputs are never modified.
 */
package atlas.analysis.stats;
