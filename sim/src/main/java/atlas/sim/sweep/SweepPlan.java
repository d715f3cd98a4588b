package atlas.sim.sweep;

import java.util.List;

/**
 * A sweep resolved into its runs, each with a validated scenario and a seed.
 *
 * @param name the sweep's name, the default output directory's
 * @param hash identifies the resolved sweep: SHA-256 over its name, parameters, points and each
 *     run's id and resolved scenario (seed included); shards and output directories of one sweep
 *     share it
 * @param parameters the parameters' key paths, the tables' parameter columns
 * @param points the parameter points, in design order
 * @param replicates runs per point
 * @param runs every run, in id order: point by point, replicates within a point
 * @param source the sweep file's text, kept with the results for provenance
 */
public record SweepPlan(String name, String hash, List<String> parameters, List<SweepPoint> points, int replicates,
        List<SweepRun> runs, String source) {

    public SweepPlan {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
        runs = List.copyOf(runs);
    }
}
