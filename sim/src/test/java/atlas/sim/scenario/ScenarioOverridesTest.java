package atlas.sim.scenario;

import static atlas.sim.scenario.TestScenarios.MINIMAL;
import static atlas.sim.scenario.TestScenarios.ORIGIN;
import static atlas.sim.scenario.TestScenarios.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An override is validated exactly as if its value were written in the scenario, and a bad one is
 * reported in the overriding file, at its line, under its parameter, never in the scenario file.
 */
class ScenarioOverridesTest {

    private static final String SWEEP = "sweep.yaml";

    /** Each key of {@code yaml} (a sweep's parameters, one per line) as an override from sweep.yaml. */
    private static List<ScenarioOverride> overrides(String yaml) {
        ScenarioValidation problems = new ScenarioValidation(SWEEP);
        YamlNode.Mapping root = (YamlNode.Mapping) YamlTree.parse(yaml, problems);
        assertTrue(problems.isEmpty());
        List<ScenarioOverride> overrides = new ArrayList<>();
        for (YamlNode.Field field : root.fields().values()) {
            overrides.add(new ScenarioOverride(field.key(), field.value(), SWEEP, field.keyLine()));
        }
        return overrides;
    }

    private static Scenario parse(String scenario, String sweep) throws ScenarioException {
        return ScenarioLoader.parse(scenario, ORIGIN, TestScenarios.registries(), overrides(sweep));
    }

    private static List<ScenarioProblem> problems(String scenario, String sweep) {
        return assertThrows(ScenarioException.class, () -> parse(scenario, sweep)).problems();
    }

    private static void assertInSweep(ScenarioProblem problem, int line, String fragment) {
        assertEquals(SWEEP, problem.file(), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(fragment), problem.toString());
    }

    @Test
    void overridesGiveTheScenarioThatWritesTheirValues() throws ScenarioException {
        Scenario overridden = parse(MINIMAL, """
                protocol.picker: random
                network.classes.0.upload: 2 Mbit/s
                arrivals.flash-crowd.peers: 7
                protocol.choker: { slots: 3 }
                """);
        Scenario written = TestScenarios.parse("""
                content: { size: 20 MiB }
                network:
                  classes:
                    - { name: dsl, share: 1, upload: 2 Mbit/s, download: 8 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 7 } }
                protocol: { picker: random, choker: { slots: 3 } }
                """);
        assertEquals(written, overridden);
        assertEquals(ScenarioWriter.toResolvedYaml(written, Path.of("")), ScenarioWriter.toResolvedYaml(overridden, Path.of("")));
    }

    @Test
    void badValueIsReportedAtTheOverridingLine() {
        List<ScenarioProblem> problems = problems(MINIMAL, """
                arrivals.flash-crowd.peers: 7
                network.classes.0.upload: 2 Mbps
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertInSweep(at(problems, "parameters.network.classes.0.upload"), 2, "did you mean 'Mbit/s'");
    }

    @Test
    void unknownKeyPathIsAnUnknownKeyAtTheOverridingLine() {
        List<ScenarioProblem> problems = problems(MINIMAL, """
                protocol.pickr: random
                protocl.picker: random
                """);
        assertEquals(2, problems.size(), problems.toString());
        assertInSweep(at(problems, "parameters.protocol.pickr"), 1, "unknown key 'pickr' (did you mean 'picker'?)");
        assertInSweep(at(problems, "parameters.protocl.picker"), 2, "unknown key 'protocl'");
    }

    @Test
    void problemInsideAMapValueNamesTheKeyUnderTheParameter() {
        List<ScenarioProblem> problems = problems(MINIMAL, """
                protocol.choker:
                  slotz: 3
                """);
        assertInSweep(at(problems, "parameters.protocol.choker.slotz"), 2, "unknown key 'slotz'");
    }

    @Test
    void pathPastAListOrIntoAValueIsReported() {
        List<ScenarioProblem> problems = problems(MINIMAL, """
                network.classes.1.upload: 2 Mbit/s
                content.size.unit: MiB
                """);
        assertEquals(2, problems.size(), problems.toString());
        assertInSweep(at(problems, "parameters.network.classes.1.upload"), 1, "index from 0 to 0, not '1'");
        assertInSweep(at(problems, "parameters.content.size.unit"), 2, "is a value");
    }

    @Test
    void scenarioProblemsStayInTheScenarioFile() {
        List<ScenarioProblem> problems = problems(MINIMAL.replace("share: 1", "share: 0.5"), """
                protocol.picker: random
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ORIGIN.toString(), problems.get(0).file());
        assertTrue(problems.get(0).message().contains("sum to"), problems.toString());
    }
}
