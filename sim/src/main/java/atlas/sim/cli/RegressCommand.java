package atlas.sim.cli;

import atlas.sim.regress.JUnitReport;
import atlas.sim.regress.Regression;
import atlas.sim.regress.RegressionReport;
import atlas.sim.regress.RegressionSuite;
import atlas.sim.regress.SuiteOverride;
import atlas.sim.scenario.ScenarioOverride;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas regress [--update]}: the regression suite against its committed baselines. */
@Command(name = "regress", mixinStandardHelpOptions = true,
        description = "Runs the regression suite (every scenario of --suite, R runs each) and compares it with the "
                + "committed baselines. Reports separately whether behaviour changed (a run's exact digest differs on "
                + "a baseline seed, which a protocol change may intend) and whether a metric regressed or improved "
                + "(its mean moved beyond its tolerance and the move is significant: paired t test on the baseline's "
                + "seeds, Welch's on fresh seeds, Holm-corrected over every metric of every scenario at 1 %%). Prints "
                + "the table, writes a JUnit XML report and exits 1 if a metric regressed. --update rewrites the "
                + "baselines instead and says what changed.")
final class RegressCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--suite", paramLabel = "DIR", defaultValue = "scenarios/regression",
            description = "the suite's scenarios (default: ${DEFAULT-VALUE})")
    private Path suite;

    @Option(names = "--baselines", paramLabel = "DIR", defaultValue = "results/baselines/regression",
            description = "the baselines, one <scenario>.json each (default: ${DEFAULT-VALUE})")
    private Path baselines;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/regress",
            description = "where the runs are written, under runs/ (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--junit", paramLabel = "FILE", description = "the JUnit XML report (default: OUT/junit.xml)")
    private Path junit;

    @Option(names = "--update", description = "rewrite the baselines from new runs and say what changed")
    private boolean update;

    @Option(names = "--fresh-seeds", paramLabel = "N", description = "run on fresh seeds derived from master seed N "
            + "instead of the baselines' seeds (behaviour is then not checked); with --update, the new baselines' seeds")
    private Long freshSeeds;

    @Option(names = "--replicates", paramLabel = "R", description = "runs per scenario (default: as many as the "
            + "baseline has; " + Regression.DEFAULT_REPLICATES + " for a new baseline)")
    private Integer replicates;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a key of every suite scenario, e.g. "
            + "protocol.picker=random, to see how a change would fare; not with --update")
    private List<String> overrides = new ArrayList<>();

    @Mixin
    private JobsOption jobs;

    @Option(names = "--quiet", description = "show no progress")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        int threads = jobs.threads();
        if (replicates != null && replicates < 2) {
            throw new ParameterException(spec.commandLine(), "--replicates must be at least 2 for the tests, not " + replicates);
        }
        if (update && !overrides.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--set cannot be used with --update: baselines record the "
                    + "suite as it is");
        }
        List<ScenarioOverride> parsed = new ArrayList<>();
        for (String override : overrides) {
            parsed.add(SuiteOverride.parse(override));
        }
        RegressionSuite loaded = RegressionSuite.load(suite, parsed);
        RunsProgress progress = RunsProgress.of(main, quiet);
        Regression.Settings settings = new Regression.Settings(freshSeeds, replicates, threads, out, progress);
        if (update) {
            Regression.Update done = Regression.update(loaded, baselines, settings);
            progress.finish();
            if (!done.changes().behaviour().isEmpty()) {
                main.out.print("Changes from the previous baselines:\n\n" + done.changes().format() + "\n");
            }
            done.created().forEach(name -> main.out.println("new baseline for " + name));
            done.written().forEach(file -> main.out.println("wrote " + file));
            done.stale().forEach(file -> main.out.println("note: " + file + " belongs to no scenario of the suite; "
                    + "remove it if the scenario is gone"));
            return ExitCodes.OK;
        }
        RegressionReport report = Regression.check(loaded, baselines, settings);
        progress.finish();
        Path junitFile = junit != null ? junit : out.resolve("junit.xml");
        JUnitReport.write(report, junitFile);
        main.out.print(report.format());
        main.out.println("wrote " + junitFile);
        return report.regressed() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
