package atlas.sim.cli;

import atlas.sim.output.EndedBy;
import atlas.sim.output.Metric;
import atlas.sim.output.Metrics;
import atlas.sim.output.RunResult;
import atlas.sim.output.RunWriter;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.scenario.Until;
import atlas.sim.swarm.SwarmSimulation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas run SCENARIO.yaml [--seed N] [--out DIR] [--quiet]}: one run, written to DIR. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario once and writes its output directory: summary.json, peers.csv, "
                + "timeseries.csv and scenario.resolved.yaml.")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(paramLabel = "SCENARIO.yaml", description = "the scenario file")
    private Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "the run's seed (default: the scenario's seed)")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "the output directory (default: results/<scenario name>); "
            + "an existing one is replaced only if it holds a previous run's output")
    private Path out;

    @Option(names = "--quiet", description = "show no progress")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        String endless = scenario.endlessArrivalsWarning();
        if (endless != null) {
            main.err.println(endless);
        }
        Path dir = out != null ? out : Path.of("results", scenario.name());
        // Before the run, so that a long run is not wasted on a directory it may not write.
        RunWriter.checkTarget(dir);
        ProgressDisplay progress = ProgressDisplay.forScenario(scenario, main.err, quiet ? ProgressDisplay.Mode.QUIET
                : main.terminal ? ProgressDisplay.Mode.TERMINAL : ProgressDisplay.Mode.LINES);
        RunResult result = new SwarmSimulation(scenario, scenario.seed()).run(progress);
        progress.finish();
        if (result.endedBy() == EndedBy.LIMIT) {
            main.err.println(limitNote(result));
        }
        RunWriter.write(result, dir);
        main.out.println("wrote " + dir);
        return ExitCodes.OK;
    }

    /** Says that a run meant to end when everyone completed was bounded by its limit instead. */
    private static String limitNote(RunResult result) {
        long limit = ((Until.AllComplete) result.scenario().until()).limitMicros();
        long downloading = result.peers().stream().filter(p -> !p.initialSeed() && !p.completed() && !p.departed())
                .count();
        return "note: the run's limit of " + ProgressDisplay.duration(limit / 1_000_000) + " ended it, not every peer"
                + " completing (at the limit, arrivals were still due or " + downloading + " peers downloading;"
                + " summary.json: ended_by limit): bound the arrivals (max-peers or until) or raise until's limit";
    }

    /** The metrics summary.json holds and what they mean, for the usage message. */
    static String metricsHelp() {
        StringBuilder text = new StringBuilder("%nMetrics in summary.json:%n");
        for (Metric metric : Metrics.ALL) {
            append(text, metric);
        }
        text.append("With an incentives section, also:%n");
        for (Metric metric : Metrics.TOKENS) {
            append(text, metric);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Metric metric) {
        text.append("  ").append(metric.name()).append(": ").append(metric.description().replace("%", "%%"))
                .append("%n");
    }
}
