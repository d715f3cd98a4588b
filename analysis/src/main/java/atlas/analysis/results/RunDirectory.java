package atlas.analysis.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything one run wrote: {@code summary.json}, {@code peers.csv}, {@code timeseries.csv} and,
 * when present, {@code scenario.resolved.yaml} (kept as text; this module does not interpret
 * scenarios).
 *
 * @param dir the run directory
 * @param summary the summary
 * @param peers the per-peer table
 * @param timeSeries the sampled series
 * @param resolvedScenario the resolved scenario's text, if the file exists
 */
public record RunDirectory(Path dir, RunSummary summary, PeerTable peers, TimeSeries timeSeries,
        Optional<String> resolvedScenario) {

    /** Reads a run directory. */
    public static RunDirectory read(Path dir) {
        Path scenario = dir.resolve("scenario.resolved.yaml");
        Optional<String> text;
        try {
            text = Files.exists(scenario) ? Optional.of(Files.readString(scenario, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + scenario, e);
        }
        return new RunDirectory(dir, RunSummary.read(dir.resolve("summary.json")), PeerTable.read(dir.resolve("peers.csv")),
                TimeSeries.read(dir.resolve("timeseries.csv")), text);
    }

    /**
     * The simulated time at which the run stopped, s: {@code simulated_time_s} from the summary,
     * else the last sample time, else the latest event in the peer table.
     */
    public double endOfRun() {
        String recorded = summary.provenance().get("simulated_time_s");
        if (recorded != null) {
            return Double.parseDouble(recorded);
        }
        double end = 0;
        for (double[] times : new double[][] {timeSeries.time(), peers.arrival(), peers.completion(), peers.departure()}) {
            for (double t : times) {
                // An empty cell (NaN) fails the comparison and is skipped.
                if (t > end) {
                    end = t;
                }
            }
        }
        return end;
    }
}
