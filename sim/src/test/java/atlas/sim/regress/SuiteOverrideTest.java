package atlas.sim.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code --set KEY=VALUE} override reaches every suite scenario, and a bad one is reported as bad input. */
class SuiteOverrideTest {

    private static final Path SUITE = Path.of("../scenarios/regression");

    @Test
    void overridesTheProtocolOfEveryScenario() throws Exception {
        RegressionSuite suite = RegressionSuite.load(SUITE, List.of(
                SuiteOverride.parse("protocol.picker=random"),
                SuiteOverride.parse("protocol.choker.leecher={name: propshare, optimistic-share: 0}")));
        assertEquals(5, suite.scenarios().size());
        suite.scenarios().forEach(s -> {
            assertEquals("random", s.protocol().picker().name());
            assertEquals("propshare", s.protocol().leecherChoker().name());
        });
    }

    @Test
    void aMalformedOverrideIsBadInput() {
        assertThrows(ScenarioException.class, () -> SuiteOverride.parse("protocol.picker"));
        assertThrows(ScenarioException.class, () -> SuiteOverride.parse("protocol.picker="));
        assertThrows(ScenarioException.class, () -> SuiteOverride.parse("protocol.picker={oops"));
    }

    @Test
    void anUnknownKeyOrPolicyIsReportedAgainstTheOverride() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> RegressionSuite.load(SUITE,
                List.of(SuiteOverride.parse("protocol.picker=fastest-first"))));
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(SuiteOverride.ORIGIN)), e.problems().toString());
        assertTrue(e.problems().toString().contains("rarest-first"), "says what is valid: " + e.problems());
    }
}
