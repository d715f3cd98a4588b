/**
 * Readers of the files a run or a sweep writes: {@code summary.json} ({@link
 * atlas.analysis.results.RunSummary}), {@code peers.csv} ({@link atlas.analysis.results.PeerTable}),
 * {@code timeseries.csv} ({@link atlas.analysis.results.TimeSeries}), a whole run directory ({@link
 * atlas.analysis.results.RunDirectory}) and a sweep's {@code points.csv} and {@code runs.csv}
 * ({@link atlas.analysis.results.SweepPoints}, {@link atlas.analysis.results.SweepRuns}), on top of
 * one header-addressed CSV reader ({@link atlas.analysis.results.CsvTable}). Columns are found by
 * header name, so files with more columns than these readers know still load; an empty cell or a
 * JSON null means "did not happen" or "not defined" and reads as NaN or absent. {@link
 * atlas.analysis.results.ResultKind} tells a run directory from a sweep directory, and {@link
 * atlas.analysis.results.AtomicFile} writes derived files whole or not at all.
 */
package atlas.analysis.results;
