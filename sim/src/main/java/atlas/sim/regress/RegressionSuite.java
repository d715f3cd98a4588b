package atlas.sim.regress;

import atlas.sim.scenario.PolicyRegistries;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.scenario.ScenarioOverride;
import atlas.sim.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The regression suite: every {@code *.yaml} scenario of a directory, in file name order, each
 * with the suite's overrides written in. Scenario names must be unique, since they name the
 * baselines.
 */
public record RegressionSuite(Path directory, List<Scenario> scenarios) {

    public RegressionSuite {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * Loads the suite in {@code directory}; every problem of every file is reported together.
     *
     * @throws ScenarioException if a scenario is invalid (with the overrides), names repeat, or
     *     the directory holds no scenario
     */
    public static RegressionSuite load(Path directory, List<ScenarioOverride> overrides)
            throws ScenarioException, IOException {
        if (!Files.isDirectory(directory)) {
            throw new ScenarioException(List.of(new ScenarioProblem(directory.toString(), 0, "",
                    "not a directory; the regression suite is a directory of scenario files")));
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new ScenarioException(List.of(new ScenarioProblem(directory.toString(), 0, "",
                    "holds no scenario (*.yaml)")));
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            try {
                Scenario scenario = ScenarioLoader.parse(Files.readString(file, StandardCharsets.UTF_8), file,
                        PolicyRegistries.standard(), overrides);
                if (names.add(scenario.name())) {
                    scenarios.add(scenario);
                } else {
                    problems.add(new ScenarioProblem(file.toString(), 0, "name", "another scenario of the suite is "
                            + "named '" + scenario.name() + "'; names identify baselines, so they must differ"));
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new RegressionSuite(directory, scenarios);
    }
}
