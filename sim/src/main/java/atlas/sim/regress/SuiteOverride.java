package atlas.sim.regress;

import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioOverride;
import atlas.sim.scenario.ScenarioProblem;
import atlas.sim.scenario.ScenarioValidation;
import atlas.sim.scenario.YamlNode;
import atlas.sim.scenario.YamlTree;
import java.util.List;

/**
 * A value written into every scenario of the suite, {@code KEY=VALUE} with the key path of a sweep
 * parameter and a YAML value: {@code protocol.picker=random},
 * {@code protocol.choker.leecher={name: propshare, optimistic-share: 0}}. It lets a check run a
 * deliberately changed protocol against the baselines without editing the suite, which is how the
 * tests show that a weakened protocol is caught.
 */
public final class SuiteOverride {

    /** Where problems with an override are reported: it comes from the command line. */
    static final String ORIGIN = "--set";

    private SuiteOverride() {
    }

    /** Parses {@code KEY=VALUE}; the key is checked later, against each scenario, by the loader. */
    public static ScenarioOverride parse(String text) throws ScenarioException {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new ScenarioException(List.of(new ScenarioProblem(ORIGIN, 0, "",
                    "'" + text + "' is not KEY=VALUE, e.g. protocol.picker=random")));
        }
        String key = text.substring(0, equals).trim();
        String yaml = text.substring(equals + 1);
        if (yaml.isBlank()) {
            throw new ScenarioException(List.of(new ScenarioProblem(ORIGIN, 0, key, "no value after '='")));
        }
        ScenarioValidation problems = new ScenarioValidation(ORIGIN);
        YamlNode value = YamlTree.parse(yaml, problems);
        problems.throwIfAny();
        return new ScenarioOverride(key, value, ORIGIN, 0);
    }
}
