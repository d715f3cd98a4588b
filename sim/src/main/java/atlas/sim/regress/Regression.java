package atlas.sim.regress;

import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioProblem;
import atlas.sim.sweep.RunSeeds;
import atlas.sim.sweep.SweepListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A regression check or a baseline update of a suite. A check reruns every scenario on its
 * baseline's seeds (or on fresh seeds) and judges the runs against the baseline; an update reruns
 * on the baseline's seeds (or new ones) and rewrites the baselines, reporting how the new runs
 * differ from the old baselines where there were any.
 */
public final class Regression {

    /** Replicates of a new baseline unless told otherwise. */
    public static final int DEFAULT_REPLICATES = 20;
    /** Master seed of a new baseline unless told otherwise. */
    public static final long DEFAULT_MASTER_SEED = 1;

    private Regression() {
    }

    /**
     * How to run.
     *
     * @param masterSeed run on seeds {@code RunSeeds.replicate(masterSeed, r)}; null: on the
     *     baseline's seeds (for an update with no baseline, {@link #DEFAULT_MASTER_SEED})
     * @param replicates runs per scenario; null: as many as the baseline has (for an update with
     *     no baseline, {@link #DEFAULT_REPLICATES}); on the baseline's seeds, its first R seeds
     */
    public record Settings(Long masterSeed, Integer replicates, int jobs, Path out, SweepListener listener) {
    }

    /** What an update did. */
    public record Update(RegressionReport changes, List<String> created, List<Path> written, List<Path> stale) {
    }

    /**
     * Checks {@code suite} against the baselines in {@code baselineDir}.
     *
     * @throws ScenarioException if a scenario has no baseline, or a baseline file is not one
     */
    public static RegressionReport check(RegressionSuite suite, Path baselineDir, Settings settings)
            throws ScenarioException, IOException, InterruptedException {
        Map<String, Baseline> baselines = readBaselines(suite, baselineDir);
        List<ScenarioProblem> missing = new ArrayList<>();
        for (Scenario scenario : suite.scenarios()) {
            if (!baselines.containsKey(scenario.name())) {
                missing.add(new ScenarioProblem(Baseline.file(baselineDir, scenario.name()).toString(), 0, "",
                        "no baseline for scenario '" + scenario.name() + "'; make one with atlas regress --update"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ScenarioException(missing);
        }
        Map<String, List<RunOutcome>> now = runSuite(suite, baselines, settings);
        return RegressionReport.judge(baselines, now, hashes(suite));
    }

    /** Reruns {@code suite} and rewrites its baselines in {@code baselineDir}. */
    public static Update update(RegressionSuite suite, Path baselineDir, Settings settings)
            throws ScenarioException, IOException, InterruptedException {
        Map<String, Baseline> old = readBaselines(suite, baselineDir);
        Map<String, List<RunOutcome>> now = runSuite(suite, old, settings);
        Map<String, List<RunOutcome>> compared = new LinkedHashMap<>();
        List<String> created = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (Scenario scenario : suite.scenarios()) {
            List<RunOutcome> runs = now.get(scenario.name());
            if (old.containsKey(scenario.name())) {
                compared.put(scenario.name(), runs);
            } else {
                created.add(scenario.name());
            }
            Baseline.of(scenario, masterSeed(old.get(scenario.name()), settings), runs).write(baselineDir);
            written.add(Baseline.file(baselineDir, scenario.name()));
        }
        return new Update(RegressionReport.judge(old, compared, hashes(suite)), created, written,
                stale(suite, baselineDir));
    }

    private static Map<String, List<RunOutcome>> runSuite(RegressionSuite suite, Map<String, Baseline> baselines,
            Settings settings) throws IOException, InterruptedException {
        Map<String, List<Long>> seeds = new LinkedHashMap<>();
        for (Scenario scenario : suite.scenarios()) {
            seeds.put(scenario.name(), seeds(baselines.get(scenario.name()), settings));
        }
        return SuiteRunner.run(suite.scenarios(), seeds, settings.out(), settings.jobs(), settings.listener());
    }

    /** The seeds to run a scenario on, given its baseline (null if none). */
    static List<Long> seeds(Baseline baseline, Settings settings) {
        if (settings.masterSeed() == null && baseline != null) {
            List<Long> seeds = baseline.seeds();
            return settings.replicates() == null ? seeds : seeds.subList(0, Math.min(settings.replicates(), seeds.size()));
        }
        int replicates = settings.replicates() != null ? settings.replicates()
                : baseline != null ? baseline.runs().size() : DEFAULT_REPLICATES;
        long master = masterSeed(baseline, settings);
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            seeds.add(RunSeeds.replicate(master, r));
        }
        return seeds;
    }

    private static long masterSeed(Baseline baseline, Settings settings) {
        return settings.masterSeed() != null ? settings.masterSeed()
                : baseline != null ? baseline.masterSeed() : DEFAULT_MASTER_SEED;
    }

    /** The baselines of the suite's scenarios that exist in {@code dir}, by scenario name. */
    private static Map<String, Baseline> readBaselines(RegressionSuite suite, Path dir)
            throws ScenarioException, IOException {
        Map<String, Baseline> baselines = new LinkedHashMap<>();
        for (Scenario scenario : suite.scenarios()) {
            Path file = Baseline.file(dir, scenario.name());
            if (Files.isRegularFile(file)) {
                baselines.put(scenario.name(), Baseline.read(file));
            }
        }
        return baselines;
    }

    private static Map<String, String> hashes(RegressionSuite suite) {
        Map<String, String> hashes = new LinkedHashMap<>();
        suite.scenarios().forEach(s -> hashes.put(s.name(), Baseline.scenarioHash(s)));
        return hashes;
    }

    /** Baseline files of scenarios the suite no longer has. */
    private static List<Path> stale(RegressionSuite suite, Path dir) throws IOException {
        List<String> names = suite.scenarios().stream().map(s -> Baseline.file(dir, s.name()).getFileName().toString()).toList();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !names.contains(f.getFileName().toString())).sorted().toList();
        }
    }
}
