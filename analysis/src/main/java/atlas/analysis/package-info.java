/**
 * Analysis of simulation results: readers of result files ({@code results}), statistics
 * ({@code stats}), comparisons of policies on common random numbers ({@code compare}), charts
 * ({@code chart}) and HTML reports ({@code report}). This module reads result files and plain
 * arrays only; it never runs a simulation, so charts and reports can be redrawn without re-running.
 */
package atlas.analysis;
