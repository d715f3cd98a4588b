package atlas.sim.validation;

import atlas.analysis.chart.NamedChart;
import atlas.sim.output.RunResult;
import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.Content;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.sweep.SweepLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link Conservation} over every scenario shipped in {@code scenarios/} (sweep files and the
 * validation scenarios, which the other families run, excepted), each run once on its own seed.
 * In quick mode a big scenario is shrunk to at most {@link #SHRUNK_PEERS} arriving peers and
 * {@link #SHRUNK_CONTENT_BYTES} of content: the laws hold at any size, and the shrunk runs take
 * seconds.
 */
final class ShippedScenarios extends CheckFamily {

    static final int SHRUNK_PEERS = 100;
    static final long SHRUNK_CONTENT_BYTES = 16L << 20;

    /**
     * @param scenariosDir the shipped scenarios' directory, searched recursively
     * @param validationDir the validation scenarios' directory, left out
     */
    ShippedScenarios(Path scenariosDir, Path validationDir, Mode mode) throws ScenarioException {
        super(Conservation.FAMILY);
        for (Path file : scenarioFiles(scenariosDir, validationDir)) {
            Scenario scenario = ScenarioLoader.load(file);
            if (mode.shrinkShipped()) {
                scenario = shrink(scenario);
            }
            runs.add(new ValidationRun(scenariosDir.relativize(file).toString(), scenario, scenario.seed()));
        }
    }

    @Override
    List<Check> checks(List<RunResult> results) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            checks.addAll(Conservation.checks(runs.get(i).label(), List.of(results.get(i))));
        }
        return checks;
    }

    @Override
    List<NamedChart> charts(List<RunResult> results) {
        return List.of();
    }

    /** Scenario files under {@code dir}, sorted, without sweeps and without {@code validationDir}. */
    static List<Path> scenarioFiles(Path dir, Path validationDir) {
        try (Stream<Path> files = Files.walk(dir)) {
            Path excluded = validationDir.toAbsolutePath().normalize();
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.toAbsolutePath().normalize().startsWith(excluded))
                    .filter(f -> !SweepLoader.isSweep(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenarios in " + dir, e);
        }
    }

    /** The scenario with fewer arriving peers and a smaller content; timing and policies unchanged. */
    static Scenario shrink(Scenario s) {
        Content content = s.content();
        long size = Math.min(content.sizeBytes(), Math.max(SHRUNK_CONTENT_BYTES, content.pieceBytes()));
        // Schedules and traces are shipped small; they stay as written.
        Arrivals arrivals = s.arrivals();
        if (arrivals instanceof Arrivals.FlashCrowd f) {
            arrivals = new Arrivals.FlashCrowd(Math.min(f.peers(), SHRUNK_PEERS));
        } else if (arrivals instanceof Arrivals.Poisson p) {
            arrivals = new Arrivals.Poisson(p.ratePerSecond(), Math.min(p.maxPeers(), SHRUNK_PEERS), p.untilMicros());
        }
        return new Scenario(s.name(), s.seed(), s.until(), s.sampleIntervalMicros(),
                new Content(size, content.pieceBytes()), s.network(), s.seeds(), arrivals, s.protocol(), s.tracker(),
                s.behaviour(), s.chain(), s.incentives());
    }
}
