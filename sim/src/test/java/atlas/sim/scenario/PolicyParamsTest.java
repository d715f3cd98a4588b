package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.PolicyRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards binding a policy's YAML parameters to its params record: kebab-case keys, every supported
 * type, defaults for what is not given, and problems for unknown or invalid parameters.
 */
class PolicyParamsTest {

    /** Parameters of every supported type; rejects a negative weight as policies are expected to. */
    record AllTypes(int maxPeers, long quotaBytes, double weight, boolean strict, Duration roundInterval) {
        AllTypes {
            if (weight < 0) {
                throw new IllegalArgumentException("weight must be >= 0, not " + weight);
            }
            if (roundInterval.isZero()) {
                throw new IllegalArgumentException("roundInterval must be a positive duration, got " + roundInterval);
            }
        }
    }

    /** A rule between parameters (high at least low) besides rules of one parameter each. */
    record Range(int low, int high, int step) {
        Range {
            if (low < 0) {
                throw new IllegalArgumentException("low must be >= 0, got " + low);
            }
            if (high < low) {
                throw new IllegalArgumentException("high must be at least low (" + low + "), got " + high);
            }
            if (step < 1) {
                throw new IllegalArgumentException("step must be at least 1, got " + step);
            }
        }
    }

    private static final AllTypes DEFAULTS = new AllTypes(4, 1000, 0.5, false, Duration.ofSeconds(10));
    private static final PolicyRegistry<Object> REGISTRY = TestScenarios.registry("test policy", "all-types", DEFAULTS)
            .register("plain", new NoParams(), p -> p)
            .register("range", new Range(0, 10, 1), p -> p);

    record NoParams() {
    }

    private final ScenarioValidation problems = new ScenarioValidation("test.yaml");

    private PolicyChoice bind(String yaml) {
        YamlNode root = YamlTree.parse("policy: " + yaml + "\n", problems);
        YamlNode node = ((YamlNode.Mapping) root).fields().get("policy").value();
        return PolicyParams.bind(node, REGISTRY, "name", Map.of("maxPeers", 9), problems);
    }

    private List<String> messages() {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (ScenarioException e) {
            return e.problems().stream().map(ScenarioProblem::toString).toList();
        }
    }

    @Test
    void bindsEveryTypeFromKebabCaseKeys() {
        PolicyChoice choice = bind("{ name: all-types, max-peers: 7, quota-bytes: 123456789012, weight: 2,"
                + " strict: true, round-interval: 90 s }");
        assertEquals(new PolicyChoice("all-types", new AllTypes(7, 123456789012L, 2.0, true, Duration.ofSeconds(90))),
                choice, messages().toString());
    }

    @Test
    void missingParametersTakeInheritedValuesThenDefaults() {
        assertEquals(new PolicyChoice("all-types", new AllTypes(9, 1000, 0.5, false, Duration.ofSeconds(10))),
                bind("all-types"));
        assertEquals(new PolicyChoice("plain", new NoParams()), bind("{ name: plain }"));
    }

    @Test
    void unknownParameterListsTheValidOnes() {
        assertNull(bind("{ name: all-types, wieght: 1 }"));
        assertEquals(List.of("test.yaml:1: policy.wieght: unknown parameter 'wieght' of test policy 'all-types'"
                + " (did you mean 'weight'?); valid parameters: max-peers, quota-bytes, weight, strict, round-interval"),
                messages());
    }

    @Test
    void parameterlessPolicySaysSo() {
        assertNull(bind("{ name: plain, depth: 2 }"));
        assertTrue(messages().get(0).endsWith("it takes none"), messages().toString());
    }

    @Test
    void wrongTypesAndRecordRejectionsAreProblems() {
        assertNull(bind("{ name: all-types, max-peers: 1.5, strict: maybe, round-interval: 10 }"));
        List<String> messages = messages();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("max-peers: expected a whole number"), messages.toString());
        assertTrue(messages.get(1).contains("strict: expected true or false"), messages.toString());
        assertTrue(messages.get(2).contains("round-interval: '10' needs a unit"), messages.toString());
        ScenarioValidation fresh = new ScenarioValidation("t.yaml");
        YamlNode node = ((YamlNode.Mapping) YamlTree.parse("p: { name: all-types, weight: -1 }", fresh))
                .fields().get("p").value();
        assertNull(PolicyParams.bind(node, REGISTRY, "name", Map.of(), fresh));
        assertTrue(assertMessage(fresh).contains("test policy 'all-types': weight must be >= 0"));
    }

    @Test
    void everyRejectedParameterIsAProblemAtItsOwnLineInScenarioNamesAndUnits() {
        assertNull(bind("""
                {
                  name: all-types,
                  weight: -1,
                  nonsense: 3,
                  round-interval: 0 s
                }"""));
        assertEquals(List.of(
                "test.yaml:3: policy.weight: test policy 'all-types': weight must be >= 0, not -1.0",
                "test.yaml:4: policy.nonsense: unknown parameter 'nonsense' of test policy 'all-types'; valid parameters:"
                        + " max-peers, quota-bytes, weight, strict, round-interval",
                "test.yaml:5: policy.round-interval: test policy 'all-types': round-interval must be a positive duration,"
                        + " got 0 s"), messages());
    }

    @Test
    void rulesBetweenParametersHoldForTheValuesWrittenTogether() {
        assertEquals(new PolicyChoice("range", new Range(20, 30, 1)), bind("{ name: range, low: 20, high: 30 }"));
        assertNull(bind("{ name: range, low: 5, high: 3 }"));
        assertEquals(List.of("test.yaml:1: policy.high: test policy 'range': high must be at least low (5), got 3"),
                messages());
    }

    @Test
    void aRuleBrokenByADefaultIsReportedAtThePolicyAndTheRestStillChecked() {
        assertNull(bind("{ name: range, low: 20, step: 0 }"));
        assertEquals(List.of("test.yaml:1: policy: test policy 'range': high must be at least low (20), got 10",
                "test.yaml:1: policy.step: test policy 'range': step must be at least 1, got 0"), messages());
    }

    @Test
    void missingNameKeyAndUnknownNameAreProblems() {
        assertNull(bind("{ weight: 1 }"));
        assertNull(bind("all-tipes"));
        List<String> messages = messages();
        assertTrue(messages.get(0).contains("missing key 'name'"), messages.toString());
        assertTrue(messages.get(1).contains("did you mean 'all-types'?"), messages.toString());
    }

    @Test
    void describeWritesNameAloneOrEveryParameterWithUnits() {
        assertEquals("plain", PolicyParams.describe(new PolicyChoice("plain", new NoParams()), "name"));
        assertEquals(Map.of("model", "all-types", "max-peers", 4, "quota-bytes", 1000L, "weight", 0.5,
                "strict", false, "round-interval", "10 s"), PolicyParams.describe(new PolicyChoice("all-types", DEFAULTS), "model"));
        assertEquals("round-robin-choker", PolicyParams.kebab("roundRobinChoker"));
    }

    private static String assertMessage(ScenarioValidation validation) {
        try {
            validation.throwIfAny();
            return "";
        } catch (ScenarioException e) {
            return e.getMessage();
        }
    }

    @Test
    void registryUnknownToTheLoaderIsUsableThroughPolicyRegistries() throws ScenarioException {
        PolicyRegistries custom = new PolicyRegistries(TestScenarios.pickers(),
                TestScenarios.registry("leecher choker", "mainline", new NoParams()),
                TestScenarios.registry("seed choker", "mainline-seed", new NoParams()), TestScenarios.seeding());
        Scenario scenario = ScenarioLoader.parse(TestScenarios.MINIMAL, Path.of("custom.yaml"), custom);
        assertEquals(new PolicyChoice("mainline", new NoParams()), scenario.protocol().leecherChoker());
    }
}
