package atlas.sim.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.ScenarioOverride;
import atlas.sim.sweep.SweepListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression suite does its job on the shipped scenarios: against a baseline made by this
 * build, the unchanged code changes no digest and no metric on the baseline's seeds, while a
 * deliberately weakened protocol (random piece selection instead of rarest first; a choker that
 * gives every slot to its best uploaders and none to optimistic unchokes) is flagged as a
 * regression. Baselines here have 10 replicates rather than the shipped 20, to halve the time;
 * both weakenings are caught at 10 already.
 */
class RegressionTest {

    static final Path SUITE = Path.of("../scenarios/regression");
    private static final int JOBS = 2;
    private static final int REPLICATES = 10;

    @TempDir
    static Path tmp;

    private static Path baselines;

    @BeforeAll
    static void makeBaselines() throws Exception {
        baselines = tmp.resolve("baselines");
        Regression.Update update = Regression.update(RegressionSuite.load(SUITE, List.of()), baselines,
                settings(null, REPLICATES, "update"));
        assertEquals(List.of("churn", "flash-crowd", "slow-seed", "speed", "steady-state"), update.created());
        assertTrue(update.changes().behaviour().isEmpty(), "nothing to compare with yet");
    }

    static Regression.Settings settings(Long masterSeed, Integer replicates, String out) {
        return new Regression.Settings(masterSeed, replicates, JOBS, tmp.resolve(out), SweepListener.NONE);
    }

    private static RegressionReport check(Integer replicates, String out, String... overrides) throws Exception {
        List<ScenarioOverride> parsed = new ArrayList<>();
        for (String override : overrides) {
            parsed.add(SuiteOverride.parse(override));
        }
        return Regression.check(RegressionSuite.load(SUITE, parsed), baselines, settings(null, replicates, out));
    }

    @Test
    void unchangedCodeChangesNothingOnTheBaselineSeeds() throws Exception {
        RegressionReport report = check(4, "unchanged");
        for (BehaviourCheck behaviour : report.behaviour()) {
            assertEquals(4, behaviour.compared());
            assertFalse(behaviour.changed(), behaviour.describe());
            assertFalse(behaviour.scenarioChanged());
        }
        assertTrue(report.metrics().stream().allMatch(r -> r.verdict() == Verdict.SAME), report.format());
        assertFalse(report.regressed());
        assertTrue(Files.isRegularFile(tmp.resolve("unchanged/runs/churn/r03/peers.csv")), "runs kept for inspection");
    }

    @Test
    void randomPieceSelectionIsFlagged() throws Exception {
        RegressionReport report = check(null, "random", "protocol.picker=random");
        assertTrue(report.behaviour().stream().allMatch(b -> b.changed() && b.scenarioChanged()));
        assertTrue(report.regressed(), report.format());
        assertTrue(downloadsRegressed(report), report.format());
    }

    @Test
    void aChokerWithoutOptimisticUnchokeIsFlagged() throws Exception {
        RegressionReport report = check(null, "no-optimistic",
                "protocol.choker.leecher={name: propshare, optimistic-share: 0}");
        assertTrue(report.regressed(), report.format());
        assertTrue(downloadsRegressed(report), report.format());
    }

    /**
     * Whether a download time or speed regressed, in some scenario: what both weakenings cost.
     * Which scenario crosses the corrected threshold at 10 replicates depends on the seeds' draws,
     * so the test does not name one.
     */
    private static boolean downloadsRegressed(RegressionReport report) {
        return report.rows(Verdict.REGRESSED).stream().anyMatch(r -> r.metric().name().startsWith("download_"));
    }
}
