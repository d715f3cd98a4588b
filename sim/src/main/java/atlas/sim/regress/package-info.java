/**
 * Regression testing of protocol changes ({@code atlas regress}): a suite of small scenarios
 * ({@code scenarios/regression/}) is run on R seeds and compared with committed baselines
 * ({@code results/baselines/regression/}). Two verdicts are kept apart: "behaviour changed" (a
 * run's exact digest differs on a baseline seed: what happens changed, which may be intended) and
 * "metric regressed or improved" (a metric's mean moved beyond its tolerance and the move is
 * significant after a Holm correction over every metric of every scenario).
 *
 * <p>{@link Regression} runs a check or an update; {@link SuiteRunner} runs the suite's runs,
 * {@link RunDigest} fingerprints them, {@link Baseline} stores them, {@link MetricComparison} and
 * {@link Holm} judge the metrics listed in {@link GatedMetric}, and {@link RegressionReport} and
 * {@link JUnitReport} say what was found.
 */
package atlas.sim.regress;

import atlas.analysis.stats.Holm;
