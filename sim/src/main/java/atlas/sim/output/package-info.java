/**
 * What one run produces and how it is written down: the simulator's raw result ({@link
 * atlas.sim.output.RunResult}: a {@link atlas.sim.output.PeerRecord} per peer and a {@link
 * atlas.sim.output.TimeSeries}, plus a {@link atlas.sim.output.TokenResult} in a run with a token
 * economy), the summary metrics computed from it (every metric is one entry of
 * {@link atlas.sim.output.Metrics#ALL}, or of {@link atlas.sim.output.Metrics#TOKENS} for the
 * economy's, written only when there is one), why the run ended ({@link atlas.sim.output.EndedBy}),
 * and {@link atlas.sim.output.RunWriter}, which writes a run's output directory atomically through a
 * {@link atlas.sim.output.StagingDirectory}: {@code summary.json}, {@code peers.csv}, {@code
 * timeseries.csv} and {@code scenario.resolved.yaml}, byte-identical for identical results.
 */
package atlas.sim.output;
