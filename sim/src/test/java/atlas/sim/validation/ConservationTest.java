package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.EndedBy;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.output.TokenRecord;
import atlas.sim.output.TokenResult;
import atlas.sim.output.TokenSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conservation checks fail as soon as one byte is created or lost, or a capacity is exceeded. */
class ConservationTest {

    private static final long END = 10_000_000L;
    private static final long C = Fakes.CONTENT;

    private static List<Check> checks(RunResult run) {
        return Conservation.checks("fake", List.of(run));
    }

    @Test
    void aBalancedRunWithinCapacityPasses() {
        // The seed sends 2 MiB, each peer receives 1 MiB in 10 s at 1 MB/s.
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(2 * C), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C))));
        assertEquals(4, checks.size());
        assertTrue(checks.stream().allMatch(Check::passed), checks.toString());
    }

    @Test
    void oneByteReceivedThatNobodySentFails() {
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(2 * C), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C + 1))));
        Check balance = checks.get(0);
        assertEquals(1, balance.simulated());
        assertFalse(balance.passed());
    }

    @Test
    void uploadingFasterThanTheCapacityFails() {
        // 11 MB in 10 s from a 1 MB/s seed.
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(11_000_000L), Fakes.peer(1, 5_000_000L, 0, 5_500_000L),
                Fakes.peer(2, 6_000_000L, 0, 5_500_000L))));
        Check upload = checks.get(1);
        assertEquals(1.1, upload.simulated(), 1e-12);
        assertFalse(upload.passed());
    }

    @Test
    void aCompletedPeerThatKeptLessThanTheContentFails() {
        List<Check> checks = checks(Fakes.run(END, List.of(Fakes.seed(2 * C - 1), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C - 1))));
        Check kept = checks.get(3);
        assertEquals(1, kept.simulated());
        assertFalse(kept.passed());
    }

    /** A balanced run with a token economy: 10 BTT sent to each of two peers, 3 BTT paid by one to the other. */
    private static RunResult tokenRun(long funderSent, long earned) {
        List<PeerRecord> peers = List.of(Fakes.seed(2 * C), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C));
        TokenSeries series = new TokenSeries();
        TokenResult tokens = new TokenResult(List.of(TokenRecord.outside(0),
                new TokenRecord(1, true, true, false, 1_000_000, 3_000_000, 0, 0, 5_000_000, 10_000_000),
                new TokenRecord(2, true, false, false, 0, 0, earned, 0, 13_000_000, 10_000_000)), series, 5, 0, funderSent,
                2_000_000);
        RunResult plain = Fakes.run(END, peers);
        return new RunResult(plain.scenario(), 1, END, plain.endedBy(), 0, 0, peers, plain.timeSeries(), END, tokens);
    }

    @Test
    void tokensSentHeldAndPaidBalanceToTheBaseUnit() {
        // Sent 20 BTT; held 5 + 13 and 2 in an open channel; 3 paid and 3 earned.
        List<Check> checks = checks(tokenRun(20_000_000, 3_000_000));
        assertEquals(7, checks.size());
        assertTrue(checks.stream().allMatch(Check::passed), checks.toString());
    }

    @Test
    void oneBaseUnitUnaccountedForOrEarnedUnpaidFails() {
        List<Check> lost = checks(tokenRun(20_000_001, 3_000_000));
        assertFalse(lost.get(4).passed(), lost.get(4).toString());
        assertFalse(lost.get(5).passed(), lost.get(5).toString());
        Check earnedUnpaid = checks(tokenRun(20_000_000, 3_000_001)).get(6);
        assertEquals(1, earnedUnpaid.simulated());
        assertFalse(earnedUnpaid.passed());
    }
}
