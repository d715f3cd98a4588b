package atlas.sim.regress;

import atlas.analysis.results.AtomicFile;
import atlas.sim.output.BuildInfo;
import atlas.sim.output.Decimals;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioProblem;
import atlas.sim.scenario.ScenarioWriter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed baseline of one suite scenario, {@code <scenario>.json} in the baselines
 * directory: its provenance (atlas version and git commit that made it, the hash of the resolved
 * scenario without its seed, the master seed and the number of replicates R) and, for each of the
 * R seeds, the run's {@link RunDigest} and every metric. Numbers are written as {@link Decimals}
 * writes them, so regenerating an unchanged baseline rewrites the same bytes except for the commit.
 *
 * @param scenarioHash {@link #scenarioHash(Scenario)} of the scenario the runs ran
 * @param masterSeed the seeds are {@code RunSeeds.replicate(masterSeed, r)} for r from 0 to R - 1
 */
public record Baseline(String scenario, String scenarioHash, String atlasVersion, String gitCommit, long masterSeed,
        List<RunOutcome> runs) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    public Baseline {
        runs = List.copyOf(runs);
    }

    /** A baseline of {@code runs} of {@code scenario}, stamped with this build. */
    static Baseline of(Scenario scenario, long masterSeed, List<RunOutcome> runs) {
        return new Baseline(scenario.name(), scenarioHash(scenario), BuildInfo.CURRENT.version(),
                BuildInfo.CURRENT.commit(), masterSeed, runs);
    }

    /** Identifies what a scenario runs, whatever seed it is given. */
    static String scenarioHash(Scenario scenario) {
        return ScenarioWriter.hash(scenario.withSeed(0));
    }

    /** The baseline file of the scenario {@code name} in {@code dir}. */
    public static Path file(Path dir, String name) {
        return dir.resolve(name + ".json");
    }

    /** The seeds, in replicate order. */
    public List<Long> seeds() {
        return runs.stream().map(RunOutcome::seed).toList();
    }

    /** Writes {@code dir/<scenario>.json} atomically. */
    public void write(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", scenario);
        root.put("scenario_hash", scenarioHash);
        root.put("atlas_version", atlasVersion);
        root.put("git_commit", gitCommit);
        root.put("master_seed", masterSeed);
        root.put("replicates", runs.size());
        ArrayNode list = root.putArray("runs");
        for (RunOutcome run : runs) {
            ObjectNode node = list.addObject();
            node.put("seed", run.seed());
            node.put("digest", run.digest());
            node.put("events", run.events());
            ObjectNode metrics = node.putObject("metrics");
            for (Map.Entry<String, Double> metric : run.metrics().entrySet()) {
                double value = metric.getValue();
                if (Double.isNaN(value)) {
                    metrics.putNull(metric.getKey());
                } else {
                    metrics.put(metric.getKey(), new BigDecimal(Decimals.format(value)));
                }
            }
        }
        Files.createDirectories(dir);
        AtomicFile.writeString(file(dir, scenario), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /**
     * Reads a baseline file.
     *
     * @throws ScenarioException naming the file and the key if it is not a baseline
     */
    public static Baseline read(Path file) throws ScenarioException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw problem(file, "", "is not a baseline (not JSON: " + e.getMessage().lines().findFirst().orElse("")
                    + "); regenerate it with atlas regress --update");
        }
        for (String key : List.of("scenario", "scenario_hash", "atlas_version", "git_commit")) {
            if (root == null || !root.path(key).isTextual()) {
                throw problem(file, key, "missing or not text; regenerate the baseline with atlas regress --update");
            }
        }
        if (!root.path("master_seed").isIntegralNumber() || !root.path("runs").isArray() || root.path("runs").isEmpty()) {
            throw problem(file, "runs", "missing master_seed or runs; regenerate the baseline with atlas regress --update");
        }
        List<RunOutcome> runs = new ArrayList<>();
        for (JsonNode run : root.path("runs")) {
            if (!run.path("seed").isIntegralNumber() || !run.path("digest").isTextual() || !run.path("metrics").isObject()) {
                throw problem(file, "runs[" + runs.size() + "]", "needs seed, digest and metrics");
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = run.path("metrics").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> metric = it.next();
                metrics.put(metric.getKey(), metric.getValue().isNumber() ? metric.getValue().doubleValue() : Double.NaN);
            }
            runs.add(new RunOutcome(run.path("seed").longValue(), run.path("digest").textValue(),
                    run.path("events").longValue(), metrics));
        }
        return new Baseline(root.path("scenario").textValue(), root.path("scenario_hash").textValue(),
                root.path("atlas_version").textValue(), root.path("git_commit").textValue(),
                root.path("master_seed").longValue(), runs);
    }

    private static ScenarioException problem(Path file, String key, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(file.toString(), 0, key, message)));
    }
}
