/**
 * Policy comparisons on common random numbers ({@code atlas compare}): each scenario is a point of
 * a sweep whose replicate r runs on the same seed for every scenario, so the pairs differ by policy
 * alone ({@link atlas.sim.compare.ComparePlan}); a resumed comparison keeps to the build of atlas
 * that made its earlier runs ({@link atlas.sim.compare.RunBuilds}); the paired statistics, charts
 * and report come from the {@code analysis} module ({@link atlas.sim.compare.CompareResults}).
 */
package atlas.sim.compare;
