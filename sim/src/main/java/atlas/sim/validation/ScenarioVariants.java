package atlas.sim.validation;

import atlas.sim.scenario.PolicyRegistries;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.scenario.ScenarioOverride;
import atlas.sim.scenario.ScenarioProblem;
import atlas.sim.scenario.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads a validation scenario with some keys set to other values, through the same override
 * mechanism as a sweep's points, so a variant is validated exactly as if its values were written
 * in the file (a bad value is a problem of the file, reported with the parameter).
 */
final class ScenarioVariants {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern FLOAT = Pattern.compile("-?\\d*\\.\\d+");

    private ScenarioVariants() {
    }

    /**
     * The scenario in {@code file} with each key path of {@code values} (such as
     * {@code arrivals.flash-crowd.peers}) set to its value, written as in YAML ("300", "random",
     * "30 min").
     */
    static Scenario load(Path file, Map<String, String> values) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(file.toString(), 0, "",
                    "cannot read the validation scenario: " + e.getMessage())));
        }
        List<ScenarioOverride> overrides = new ArrayList<>();
        String origin = "validate-model (variant of " + file + ")";
        values.forEach((path, value) -> overrides.add(new ScenarioOverride(path,
                new YamlNode.Scalar(path, 0, value, typeOf(value)), origin, 0)));
        return ScenarioLoader.parse(text, file, PolicyRegistries.standard(), overrides);
    }

    private static YamlNode.ScalarType typeOf(String value) {
        if (INTEGER.matcher(value).matches()) {
            return YamlNode.ScalarType.INTEGER;
        }
        return FLOAT.matcher(value).matches() ? YamlNode.ScalarType.FLOAT : YamlNode.ScalarType.STRING;
    }
}
