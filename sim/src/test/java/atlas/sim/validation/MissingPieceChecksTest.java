package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.RunResult;
import atlas.sim.output.TimeSeries;
import atlas.sim.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The missing-piece verdicts follow the leecher count's growth: a growing "stable" swarm fails, and so does a flat club. */
class MissingPieceChecksTest {

    private static final long MINUTE = 60_000_000L;

    /** One seed of 256 KiB/s = 1 piece per second = 60 per minute; arrivals given per minute. */
    private static Scenario scenario(int arrivalsPerMinute, String seeding) {
        return Fakes.scenario("""
                name: fake-missing-piece
                content: { size: 4 MiB, piece: 256 KiB }
                network:
                  classes: [ { name: peer, share: 1, upload: 2 Mbit/s, download: 2 Mbit/s } ]
                seeds: [ { count: 1, upload: 256 KiB/s } ]
                arrivals: { poisson: { rate: %d /min } }
                behaviour: { seeding: %s }
                """.formatted(arrivalsPerMinute, seeding));
    }

    /** Leechers sampled each minute for 40 minutes, growing by {@code growthPerMinute}, min copies as given. */
    private static RunResult run(Scenario scenario, double growthPerMinute, int minCopies) {
        TimeSeries series = new TimeSeries();
        for (int m = 0; m <= 40; m++) {
            series.add(m * MINUTE, (int) Math.round(10 + growthPerMinute * m + (m % 2 == 0 ? 1 : -1)), 1, 0, minCopies);
        }
        return Fakes.run(scenario, 40 * MINUTE, List.of(Fakes.seed(0)), series);
    }

    @Test
    void slopeIsTheLeastSquaresGrowthPerMinuteOverTheSecondHalf() {
        assertEquals(3, MissingPieceChecks.leecherGrowthPerMinute(run(scenario(90, "leave-at-once"), 3, 1)), 0.05);
    }

    @Test
    void aStableSwarmPassesWithoutGrowthAndFailsWithIt() {
        Scenario stable = scenario(30, "leave-at-once");
        List<Check> flat = MissingPieceChecks.checks("fake", run(stable, 0, 1));
        assertEquals(1, flat.size());
        assertTrue(flat.get(0).passed(), flat.toString());
        // 10 % of 30 arrivals per minute is 3: growing at 4 per minute is not stable.
        assertFalse(MissingPieceChecks.checks("fake", run(stable, 4, 1)).get(0).passed());
    }

    @Test
    void anUnstableSwarmMustGrowAtTheModelsRateWithOnePieceScarce() {
        Scenario unstable = scenario(90, "leave-at-once");
        List<Check> growing = MissingPieceChecks.checks("fake", run(unstable, 30, 1));
        assertEquals(30, growing.get(0).reference(), 1e-9);
        assertTrue(growing.stream().allMatch(Check::passed), growing.toString());
        assertFalse(MissingPieceChecks.checks("fake", run(unstable, 0, 1)).get(0).passed(), "no growth");
        assertFalse(MissingPieceChecks.checks("fake", run(unstable, 30, 2)).get(1).passed(), "no scarce piece");
    }

    @Test
    void peersThatStayAreExpectedToBeStable() {
        Scenario stay = scenario(90, "{ model: fixed, time: 4 s }");
        List<Check> checks = MissingPieceChecks.checks("fake", run(stay, 30, 1));
        assertEquals(1, checks.size());
        assertEquals(0, checks.get(0).reference());
        assertFalse(checks.get(0).passed());
    }
}
