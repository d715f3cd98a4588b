/**
 * What one run produces and how it is written down: the simulator's raw result ({@link
 * atlas.sim.output.RunResult}: a {@link atlas.sim.output.PeerRecord} per peer and a {@link
 * atlas.sim.output.TimeSeries}), the summary metrics computed from it (every metric is one entry of
 * {@link atlas.sim.output.Metrics#ALL}), and {@link atlas.sim.output.RunWriter}, which writes a
 * run's output directory atomically: {@code summary.json}, {@code peers.csv}, {@code
 * timeseries.csv} and {@code scenario.resolved.yaml}, byte-identical for identical results.
 */
package atlas.sim.output;
