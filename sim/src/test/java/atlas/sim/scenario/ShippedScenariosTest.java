package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the shipped scenarios: each loads without problems, and {@code reference.yaml} sets every
 * key the loader knows, each to its default (so its comments cannot drift from the code).
 */
class ShippedScenariosTest {

    /** {@code scenarios/} at the repository root; tests run in the {@code sim} module directory. */
    static Path directory() {
        Path here = Path.of("").toAbsolutePath();
        Path scenarios = here.resolveSibling("scenarios");
        return Files.isDirectory(scenarios) ? scenarios : here.resolve("scenarios");
    }

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theExpectedScenariosAreShipped() throws IOException {
        List<String> names = shipped().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("reference.yaml", "quickstart.yaml", "flash-crowd.yaml",
                "steady-state.yaml", "long-tail.yaml", "baseline-no-token.yaml", "speed-fixed-bid.yaml",
                "speed-auto-bid.yaml")), names.toString());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loadsWithoutProblems(Path file) throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals(file.getFileName().toString().replace(".yaml", ""), scenario.name(),
                "the name matches the file, so results/<name> is predictable");
    }

    @Test
    void referenceSetsEveryKeyOfTheResolvedScenario() throws IOException, ScenarioException {
        Path reference = directory().resolve("reference.yaml");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<String> written = keyPaths(yaml.readTree(reference.toFile()));
        Set<String> resolved = keyPaths(yaml.readTree(ScenarioWriter.toResolvedYaml(ScenarioLoader.load(reference), Path.of(""))));
        assertEquals(resolved, written);
    }

    @Test
    void referenceValuesAreTheDefaults() throws IOException, ScenarioException {
        // The required keys of reference.yaml, with nothing else: every other value must come out the same.
        // The incentives section is optional but its presence switches the economy on, so it is written empty.
        Scenario reference = ScenarioLoader.load(directory().resolve("reference.yaml"));
        Scenario onlyRequired = ScenarioLoader.parse("""
                content: { size: 100 MiB }
                network:
                  classes:
                    - { name: dsl,   share: 0.5, upload: 1 Mbit/s,  download: 8 Mbit/s }
                    - { name: cable, share: 0.4, upload: 5 Mbit/s,  download: 50 Mbit/s }
                    - { name: fibre, share: 0.1, upload: 50 Mbit/s, download: 200 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 1000 } }
                incentives: {}
                """, directory().resolve("reference.yaml"));
        assertEquals(ScenarioWriter.toResolvedYaml(onlyRequired, Path.of("")), ScenarioWriter.toResolvedYaml(reference, Path.of("")));
        assertFalse(ScenarioWriter.toResolvedYaml(reference, Path.of("")).isEmpty());
    }

    /** Every map key path, with list items as [] (so classes[] stands for all classes). */
    private static Set<String> keyPaths(JsonNode root) {
        Set<String> paths = new TreeSet<>();
        List<Object[]> stack = new ArrayList<>();
        stack.add(new Object[] {"", root});
        while (!stack.isEmpty()) {
            Object[] top = stack.remove(stack.size() - 1);
            String path = (String) top[0];
            JsonNode node = (JsonNode) top[1];
            if (node.isObject()) {
                for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    String child = path.isEmpty() ? name : path + "." + name;
                    paths.add(child);
                    stack.add(new Object[] {child, node.get(name)});
                }
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    stack.add(new Object[] {path + "[]", item});
                }
            }
        }
        return paths;
    }
}
