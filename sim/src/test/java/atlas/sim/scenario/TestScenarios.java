package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import atlas.protocols.PolicyRegistry;
import atlas.protocols.piece.PiecePickers;
import atlas.sim.behaviour.SeedingModels;
import java.nio.file.Path;
import java.util.List;

/** Helpers shared by the scenario tests: loading inline YAML and finding the reported problems. */
final class TestScenarios {

    /** A scenario with only the required keys. */
    static final String MINIMAL = """
            content: { size: 20 MiB }
            network:
              classes:
                - { name: dsl, share: 1, upload: 1 Mbit/s, download: 8 Mbit/s }
            seeds: [ { upload: 10 Mbit/s } ]
            arrivals: { flash-crowd: { peers: 10 } }
            """;

    static final Path ORIGIN = Path.of("inline.yaml");

    private TestScenarios() {
    }

    static PolicyRegistries registries() {
        return PolicyRegistries.standard();
    }

    static Scenario parse(String yaml) throws ScenarioException {
        return ScenarioLoader.parse(yaml, ORIGIN, registries());
    }

    static List<ScenarioProblem> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> parse(yaml)).problems();
    }

    /** The one problem at {@code keyPath}; fails listing all problems if there is none or several. */
    static ScenarioProblem at(List<ScenarioProblem> problems, String keyPath) {
        List<ScenarioProblem> matching = problems.stream().filter(p -> p.keyPath().equals(keyPath)).toList();
        if (matching.size() != 1) {
            fail("expected one problem at '" + keyPath + "', got " + matching.size() + " in:\n"
                    + String.join("\n", problems.stream().map(ScenarioProblem::toString).toList()));
        }
        return matching.get(0);
    }

    /** Asserts that {@code problem} is reported at {@code line} and its message holds every fragment. */
    static void assertProblem(ScenarioProblem problem, int line, String... fragments) {
        assertEquals(line, problem.line(), problem.toString());
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment), () -> "'" + fragment + "' not in: " + problem);
        }
    }

    /** A registry whose factory is never called: only names and parameters matter to the loader. */
    static <P extends Record> PolicyRegistry<Object> registry(String kind, String name, P defaults) {
        return new PolicyRegistry<Object>(kind).register(name, defaults, params -> params);
    }

    static PolicyRegistry<?> pickers() {
        return PiecePickers.REGISTRY;
    }

    static PolicyRegistry<?> seeding() {
        return SeedingModels.REGISTRY;
    }
}
