/**
 * Policy comparisons on common random numbers ({@code atlas compare}): each scenario is a point of
 * a sweep whose replicate r runs on the same seed for every scenario, so the pairs differ by policy
 * alone; the paired statistics, charts and report come from the {@code analysis} module.
 */
package atlas.sim.compare;
