/**
 * Analysis of simulation results: statistics ({@code stats}), and later the aggregation of sweeps,
 * comparisons of policies, charts and reports. This module reads result files and plain arrays
 * only; it never runs a simulation, so charts and reports can be redrawn without re-running.
 */
package atlas.analysis;
