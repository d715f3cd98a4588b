package atlas.sim.cli;

import atlas.analysis.report.ComparisonTable;
import atlas.sim.compare.ComparePlan;
import atlas.sim.compare.CompareResults;
import atlas.sim.sweep.Shard;
import atlas.sim.sweep.SweepPlan;
import atlas.sim.sweep.SweepRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas compare A.yaml B.yaml [C.yaml...] [--replicates R]}: policies on common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs each scenario R times, replicate r on the same seed for every scenario (common random "
                + "numbers), then compares each with the first, metric by metric: both means, the paired difference "
                + "with its 95 %% confidence interval, paired t and Wilcoxon signed-rank p-values and Cohen's d_z. "
                + "Writes DIR/comparison.csv, DIR/charts/, DIR/report.html and the runs as a sweep (runs.csv, "
                + "points.csv, runs/); an interrupted comparison resumes.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO.yaml", arity = "2..*", description = "the scenarios, the first being the baseline")
    private List<Path> scenarios;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "10", description = "runs per scenario (default: ${DEFAULT-VALUE})")
    private int replicates;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the master seed of the replicates' seeds (default: ${DEFAULT-VALUE})")
    private long seed;

    @Mixin
    private JobsOption jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "the comparison's directory (default: results/compare-<names>)")
    private Path out;

    @Option(names = "--quiet", description = "show no progress")
    private boolean quiet;

    @Mixin
    private ChartOptions charts;

    @Override
    public Integer call() throws Exception {
        int threads = jobs.threads();
        if (replicates < 2) {
            throw new ParameterException(spec.commandLine(), "--replicates must be at least 2 for paired statistics, not " + replicates);
        }
        SweepPlan plan = ComparePlan.of(scenarios, replicates, seed);
        Path dir = out != null ? out : Path.of("results", plan.name());
        RunsProgress progress = RunsProgress.of(main, quiet);
        SweepRunner.Outcome outcome = SweepRunner.run(plan, dir, Shard.ALL, threads, progress);
        progress.finish();
        RunsProgress.warnIfMixed(main.err, outcome.builds());
        CompareResults results = CompareResults.read(dir);
        results.write(dir, charts.formats());
        main.out.print(ComparisonTable.format(results.comparisons()));
        main.out.println("wrote " + dir);
        return ExitCodes.OK;
    }
}
