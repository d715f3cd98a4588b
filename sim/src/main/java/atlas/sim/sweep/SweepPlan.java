package atlas.sim.sweep;

import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

    /**
     * The plan of {@code replicates} runs at each point; point p has the parameter values
     * {@code values.get(p)} (as text, for the tables) and runs {@code scenarios.get(p)}, replicate
     * r on seed {@link RunSeeds#replicate}{@code (seed, r)}.
     */
    public static SweepPlan of(String name, List<String> parameters, List<List<String>> values, List<Scenario> scenarios,
            int replicates, long seed, String source) {
        StringBuilder identity = new StringBuilder("sweep ").append(name).append('\n')
                .append("parameters ").append(String.join("\t", parameters)).append('\n');
        List<SweepPoint> points = new ArrayList<>();
        List<SweepRun> runs = new ArrayList<>();
        for (int p = 0; p < values.size(); p++) {
            SweepPoint point = new SweepPoint(RunIds.point(p, values.size()), values.get(p));
            points.add(point);
            identity.append(point.id()).append('\t').append(String.join("\t", point.values())).append('\n');
            for (int r = 0; r < replicates; r++) {
                String id = RunIds.run(point.id(), r, replicates);
                Scenario scenario = scenarios.get(p).withSeed(RunSeeds.replicate(seed, r));
                runs.add(new SweepRun(id, runs.size(), p, r, scenario));
                identity.append(id).append('\t').append(ScenarioWriter.hash(scenario)).append('\n');
            }
        }
        return new SweepPlan(name, sha256(identity.toString()), parameters, points, replicates, runs, source);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
