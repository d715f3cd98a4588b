package atlas.sim.cli;

import atlas.analysis.report.ComparisonTable;
import atlas.sim.compare.ComparePlan;
import atlas.sim.compare.CompareResults;
import atlas.sim.compare.RunBuilds;
import atlas.sim.sweep.Shard;
import atlas.sim.sweep.SweepPlan;
import atlas.sim.sweep.SweepRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.apache.commons.statistics.distribution.TDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas compare A.yaml B.yaml [C.yaml...] [--replicates R]}: policies on common random
 * numbers; {@code atlas compare --sweep DIR P Q [...]}: points of a finished sweep, on its runs.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs each scenario R times, replicate r on the same seed for every scenario (common random "
                + "numbers), then compares each with the first, metric by metric: both means, the paired difference "
                + "with its 95 %% confidence interval, the percent change with its 95 %% interval, paired t and "
                + "Wilcoxon signed-rank p-values, unadjusted and Holm-adjusted over every metric of every candidate, "
                + "and Cohen's d_z. Writes DIR/comparison.csv, DIR/charts/, DIR/report.html and the runs as a sweep "
                + "(runs.csv, points.csv, runs/); an interrupted comparison resumes, with the same build of atlas only. "
                + "With --sweep DIR it compares points of a finished sweep instead, named by id (p0003) or index, "
                + "on the sweep's own runs: nothing is run.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO.yaml|POINT", arity = "2..*",
            description = "the scenarios, the first being the baseline; with --sweep, the sweep's points")
    private List<String> inputs;

    @Option(names = "--sweep", paramLabel = "DIR", description = "compare points of the finished sweep in DIR, "
            + "replicate r of each on the same seed, as the sweep ran them")
    private Path sweep;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "10", description = "runs per scenario (default: ${DEFAULT-VALUE})")
    private int replicates;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the master seed of the replicates' seeds (default: ${DEFAULT-VALUE})")
    private long seed;

    @Mixin
    private JobsOption jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "the comparison's directory (default: results/compare-<names>, "
            + "or results/compare-<sweep>-<points> with --sweep)")
    private Path out;

    @Option(names = "--quiet", description = "show no progress")
    private boolean quiet;

    @Option(names = "--allow-mixed-builds", description = "pair runs made earlier by another build of atlas in DIR with "
            + "this build's, instead of refusing (a build with uncommitted changes is known only by its commit)")
    private boolean allowMixedBuilds;

    @Mixin
    private ChartOptions charts;

    /**
     * Replicates below which the exact two-sided Wilcoxon signed-rank test cannot reach p < 0.05:
     * its smallest p-value, every difference of one sign, is 2 / 2^n, 0.0625 for 5 pairs and
     * 0.03125 for 6.
     */
    static final int FEW_REPLICATES = 6;

    @Override
    public Integer call() throws Exception {
        if (sweep != null) {
            return compareSweepPoints();
        }
        int threads = jobs.threads();
        if (replicates < 2) {
            throw new ParameterException(spec.commandLine(), "--replicates must be at least 2 for paired statistics, not " + replicates);
        }
        SweepPlan plan = ComparePlan.of(inputs.stream().map(Path::of).toList(), replicates, seed);
        Path dir = out != null ? out : Path.of("results", plan.name());
        String build = RunBuilds.current();
        SortedMap<String, Integer> earlier = RunBuilds.earlier(plan, dir);
        if (!allowMixedBuilds) {
            RunBuilds.requireOnly(build, earlier, dir);
        }
        String dirty = RunBuilds.dirtyNote(build, earlier);
        if (dirty != null) {
            main.err.println(dirty);
        }
        if (replicates < FEW_REPLICATES) {
            main.err.println(fewReplicatesWarning(replicates));
        }
        RunsProgress progress = RunsProgress.of(main, quiet);
        SweepRunner.Outcome outcome = SweepRunner.run(plan, dir, Shard.ALL, threads, progress);
        progress.finish();
        // Reached with several builds only under --allow-mixed-builds.
        RunsProgress.warnIfMixed(main.err, outcome.builds());
        return write(CompareResults.read(dir), dir);
    }

    /** The sweep's replicates and seeds are the comparison's: options that would choose others are refused. */
    private Integer compareSweepPoints() throws Exception {
        for (String option : List.of("--replicates", "--seed")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " cannot be given with --sweep: the points "
                        + "are compared on the replicates and seeds the sweep ran");
            }
        }
        CompareResults results = CompareResults.ofSweepPoints(sweep, inputs);
        if (!allowMixedBuilds) {
            RunBuilds.requireOne(RunBuilds.of(results.runsByPolicy().values().stream().flatMap(List::stream).toList()),
                    sweep);
        }
        int pairs = results.runsByPolicy().values().iterator().next().size();
        if (pairs < 2) {
            throw new ParameterException(spec.commandLine(), "the sweep in " + sweep + " ran " + pairs
                    + " replicate of each point: paired statistics need at least 2");
        }
        if (pairs < FEW_REPLICATES) {
            main.err.println(fewReplicatesWarning(pairs));
        }
        List<String> ids = results.runsByPolicy().keySet().stream().map(CompareResults::pointId).toList();
        Path dir = out != null ? out : Path.of("results", "compare-" + sweep.toAbsolutePath().normalize().getFileName()
                + "-" + String.join("-", ids));
        CompareResults.checkPointsTarget(dir);
        results.writeSweepPoints(sweep, ids, dir, charts.formats());
        return printed(results, dir);
    }

    private Integer write(CompareResults results, Path dir) {
        results.write(dir, charts.formats());
        return printed(results, dir);
    }

    private Integer printed(CompareResults results, Path dir) {
        main.out.print(ComparisonTable.format(results.comparisons()));
        main.out.println("wrote " + dir);
        return ExitCodes.OK;
    }

    /** Why so few replicates cannot show much: the smallest Wilcoxon p-value and the t interval's multiplier. */
    static String fewReplicatesWarning(int replicates) {
        double smallestP = 2 / Math.pow(2, replicates);
        double t = TDistribution.of(replicates - 1).inverseSurvivalProbability(0.025);
        return String.format(Locale.ROOT, "warning: with %d replicates the smallest two-sided Wilcoxon p-value attainable "
                + "is %s (every difference of one sign), so no Wilcoxon test can be significant at 5 %%, and the 95 %% "
                + "intervals are the standard error times %.3g; use at least %d replicates (more for significance after "
                + "the Holm adjustment over every metric)", replicates, smallestP, t, FEW_REPLICATES);
    }
}
