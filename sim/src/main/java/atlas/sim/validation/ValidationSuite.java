package atlas.sim.validation;

import atlas.analysis.chart.Format;
import atlas.analysis.chart.Layout;
import atlas.analysis.chart.NamedChart;
import atlas.sim.output.RunResult;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.swarm.ProgressListener;
import atlas.sim.swarm.SwarmSimulation;
import atlas.sim.sweep.ParallelRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole validation suite: builds the families of checks for a {@link Mode}, runs all their
 * simulations together (so that every thread stays busy), and collects the checks, with the
 * {@link Conservation} laws checked on every model run as well. {@code atlas validate-model} is a
 * thin layer over {@link #run}.
 */
public final class ValidationSuite {

    /** Every family's name, in the order the suite runs and reports them. */
    public static final List<String> FAMILIES = List.of(Conservation.FAMILY, DistributionTimeChecks.FAMILY,
            FluidModelChecks.FAMILY, MissingPieceChecks.FAMILY);

    /** What the suite found: its checks, in order, and the chart files it wrote. */
    public record Outcome(List<Check> checks, List<Path> charts, int runs) {

        public Outcome {
            checks = List.copyOf(checks);
            charts = List.copyOf(charts);
        }

        public boolean allPassed() {
            return checks.stream().allMatch(Check::passed);
        }
    }

    private ValidationSuite() {
    }

    /**
     * Runs the suite and writes {@code out/checks.csv} and the charts under {@code out}.
     *
     * @param scenariosDir the shipped scenarios; the validation scenarios are in its {@code validation/}
     * @param families the families to run, a subset of {@link #FAMILIES}
     * @param progress told the label of each run as it finishes
     * @throws ScenarioException if a scenario cannot be read
     */
    public static Outcome run(Path scenariosDir, Mode mode, List<String> families, int jobs, Path out, Set<Format> formats,
            Consumer<String> progress) throws ScenarioException, IOException, InterruptedException {
        Path validationDir = scenariosDir.resolve("validation");
        List<CheckFamily> chosen = new ArrayList<>();
        for (String name : FAMILIES) {
            if (families.contains(name)) {
                chosen.add(create(name, scenariosDir, validationDir, mode));
            }
        }
        List<ValidationRun> runs = new ArrayList<>();
        chosen.forEach(f -> runs.addAll(f.runs()));
        List<RunResult> results = ParallelRuns.run(runs, jobs,
                run -> new SwarmSimulation(run.scenario(), run.seed()).run(ProgressListener.NONE),
                run -> progress.accept(run.label()), ValidationRun::label);
        List<Check> checks = new ArrayList<>();
        List<NamedChart> charts = new ArrayList<>();
        int first = 0;
        for (CheckFamily family : chosen) {
            List<RunResult> own = results.subList(first, first + family.runs().size());
            first += family.runs().size();
            checks.addAll(family.checks(own));
            if (!family.name().equals(Conservation.FAMILY)) {
                checks.addAll(Conservation.checks("every " + family.name() + " run", own));
            }
            charts.addAll(family.charts(own));
        }
        Files.createDirectories(out);
        ChecksTable.writeCsv(out.resolve("checks.csv"), checks);
        List<Path> written = NamedChart.writeAll(charts, out, formats, Layout.ONE_COLUMN);
        return new Outcome(checks, written, runs.size());
    }

    private static CheckFamily create(String name, Path scenariosDir, Path validationDir, Mode mode) throws ScenarioException {
        return switch (name) {
            case Conservation.FAMILY -> new ShippedScenarios(scenariosDir, validationDir, mode);
            case DistributionTimeChecks.FAMILY -> new DistributionTimeChecks(validationDir, mode);
            case FluidModelChecks.FAMILY -> new FluidModelChecks(validationDir, mode);
            case MissingPieceChecks.FAMILY -> new MissingPieceChecks(validationDir, mode);
            default -> throw new IllegalArgumentException("no check family '" + name + "'; known: " + FAMILIES);
        };
    }
}
