package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.chain.ChainSupply;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.output.TokenRecord;
import atlas.sim.output.TokenResult;
import atlas.sim.output.TokenSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conservation checks fail as soon as one byte or one base unit of BTT or sun is created or lost,
 * or a capacity is exceeded.
 */
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

    /** BTT issued at genesis (990 billion BTT) and TRX given to the nine genesis accounts (10,000 TRX each). */
    private static final long GENESIS_BTT = 990_000_000_000L * 1_000_000L;
    private static final long GENESIS_TRX = 9 * 10_000L * 1_000_000L;
    private static final long BURNED = 2_680_000;
    private static final long ESCROW = 2_000_000;
    /** The balanced chain: all BTT but the escrow in accounts, all TRX but the fees burned. */
    private static final ChainSupply BALANCED = new ChainSupply(GENESIS_BTT, GENESIS_BTT - ESCROW, ESCROW, GENESIS_TRX,
            GENESIS_TRX - BURNED, BURNED);

    /**
     * A balanced run with a token economy: 10 BTT sent to each of two peers, 3 BTT paid by one to
     * the other, 2 BTT escrowed in a channel still open.
     */
    private static RunResult tokenRun(long funderSent, long earned, ChainSupply supply) {
        return tokenRun(funderSent, new TokenRecord(1, true, true, false, 1_000_000, 3_000_000, 0, 0, 5_000_000,
                10_000_000), earned, supply);
    }

    private static RunResult tokenRun(long funderSent, TokenRecord payer, long earned, ChainSupply supply) {
        List<PeerRecord> peers = List.of(Fakes.seed(2 * C), Fakes.peer(1, 5_000_000L, 0, C),
                Fakes.peer(2, 6_000_000L, 0, C));
        TokenSeries series = new TokenSeries();
        TokenResult tokens = new TokenResult(List.of(TokenRecord.outside(0), payer,
                new TokenRecord(2, true, false, false, 0, 0, earned, 0, 13_000_000, 10_000_000)), series, 5, BURNED,
                funderSent, ESCROW, supply);
        RunResult plain = Fakes.run(END, peers);
        return new RunResult(plain.scenario(), 1, END, plain.endedBy(), 0, 0, peers, plain.timeSeries(), END, tokens);
    }

    private static Check named(List<Check> checks, String start) {
        return checks.stream().filter(c -> c.name().startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no check " + start + " in " + checks));
    }

    @Test
    void tokensSentHeldAndPaidBalanceToTheBaseUnit() {
        // Sent 20 BTT; held 5 + 13 and 2 in an open channel; 3 paid and 3 earned; the chain adds up.
        List<Check> checks = checks(tokenRun(20_000_000, 3_000_000, BALANCED));
        assertEquals(11, checks.size());
        assertTrue(checks.stream().allMatch(Check::passed), checks.toString());
    }

    @Test
    void oneBaseUnitUnaccountedForOrEarnedUnpaidFails() {
        List<Check> lost = checks(tokenRun(20_000_001, 3_000_000, BALANCED));
        assertFalse(lost.get(4).passed(), lost.get(4).toString());
        assertFalse(lost.get(5).passed(), lost.get(5).toString());
        Check earnedUnpaid = checks(tokenRun(20_000_000, 3_000_001, BALANCED)).get(6);
        assertEquals(1, earnedUnpaid.simulated());
        assertFalse(earnedUnpaid.passed());
    }

    @Test
    void aParticipantPayingMoreThanItReceivedAndEarnedFails() {
        // Received 10 BTT, earned nothing, paid 10.5: the other peer's 3 BTT earned stay within the total paid.
        TokenRecord overspender = new TokenRecord(1, true, true, false, 1_000_000, 10_500_000, 0, 0, 5_000_000,
                10_000_000);
        Check overspent = named(checks(tokenRun(20_000_000, overspender, 3_000_000, BALANCED)), "largest BTT a participant paid");
        assertEquals(500_000, overspent.simulated());
        assertFalse(overspent.passed());
    }

    @Test
    void aChainWhoseTotalsDoNotAddUpToGenesisFails() {
        ChainSupply minted = new ChainSupply(GENESIS_BTT, GENESIS_BTT - ESCROW + 1, ESCROW, GENESIS_TRX,
                GENESIS_TRX - BURNED, BURNED);
        Check btt = named(checks(tokenRun(20_000_000, 3_000_000, minted)), "|BTT in all accounts");
        assertEquals(1, btt.simulated());
        assertFalse(btt.passed());

        ChainSupply trxLost = new ChainSupply(GENESIS_BTT, GENESIS_BTT - ESCROW, ESCROW, GENESIS_TRX,
                GENESIS_TRX - BURNED - 1, BURNED);
        Check trx = named(checks(tokenRun(20_000_000, 3_000_000, trxLost)), "|TRX in all accounts");
        assertEquals(1, trx.simulated());
        assertFalse(trx.passed());

        // Conserved on chain, but the economy lost track of 1 BTT of escrow that the ledger still holds.
        ChainSupply moreEscrow = new ChainSupply(GENESIS_BTT, GENESIS_BTT - ESCROW - 1_000_000, ESCROW + 1_000_000,
                GENESIS_TRX, GENESIS_TRX - BURNED, BURNED);
        List<Check> checks = checks(tokenRun(20_000_000, 3_000_000, moreEscrow));
        assertTrue(named(checks, "|BTT in all accounts").passed());
        Check escrow = named(checks, "|escrow the economy counts");
        assertEquals(1_000_000, escrow.simulated());
        assertFalse(escrow.passed());
    }
}
