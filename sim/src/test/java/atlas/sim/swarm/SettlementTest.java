package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.TokenRecord;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards what becomes of a downloader's debt when a connection closes: an honest downloader pays
 * for every block the uploader sent, those on the wire included, through a channel opened after
 * the close if need be, so that unpaid credit is lost only to free riders and to downloaders with
 * no money on its way (the bug: debts were written off whenever a channel was dry or being opened).
 */
class SettlementTest {

    private static final String FIXED_BID = "bid: { name: fixed, price: 1 BTT/MiB }, trx-holdings: 50 TRX";

    private static Swarm run(int peers, String incentives, long seed) throws ScenarioException {
        return TokenSwarms.run(TokenSwarms.scarceUpload(peers, "all-complete") + "incentives: { " + incentives + " }\n",
                seed);
    }

    private static long lost(Swarm swarm) {
        return swarm.tokenResult().peers().stream().mapToLong(TokenRecord::unpaidLost).sum();
    }

    private static long paid(Swarm swarm) {
        return swarm.tokenResult().peers().stream().mapToLong(TokenRecord::paid).sum();
    }

    /**
     * Bound 0, exactly: each bidder needs at most 8 BTT (8 MiB at 1 BTT/MiB) and holds 1,000, so it
     * can always fund a channel, and fees are covered; both ledgers count the same blocks, so no
     * honest debt is ever written off. (A debt still being settled when the run ends is not lost.)
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void honestDownloadersWithMoneyLeaveNoUnpaidCredit(long seed) throws ScenarioException {
        Swarm swarm = run(40, "bidders: 0.5, deposit: 20 BTT, holdings: 1000 BTT, " + FIXED_BID, seed);
        assertTrue(paid(swarm) > 0, "nobody paid");
        assertEquals(0, lost(swarm), "unpaid credit lost among honest peers");
    }

    /**
     * A bidder holding 10 BTT with 6 BTT deposits has all its money escrowed after two channels, so
     * further uploaders serve it on credit; that credit is paid once its channels close and return
     * their rest (its download complete, it closes them as the protocol's peer does). Only what a
     * peer owes while still downloading, its money escrowed on open connections, can be lost:
     * before the fix the credit lost exceeded what was paid.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void creditServedWhileMoneyIsEscrowedIsPaidLater(long seed) throws ScenarioException {
        Swarm swarm = run(40, "bidders: 0.5, deposit: 6 BTT, holdings: 10 BTT, " + FIXED_BID, seed);
        long paid = paid(swarm);
        assertTrue(paid > 0, "nobody paid");
        assertTrue(lost(swarm) < paid / 10, "lost " + lost(swarm) + " of " + paid + " paid");
    }

    /**
     * A bidder settles each connection as soon as its download is complete: it withdraws its bid,
     * and the uploader's answer, PRICE 0, comes after every block it sent at a price, so the
     * bidder then pays all and closes its channels, a round trip (latencies up to 100 ms here) and
     * at most a block's transfer later, where the simulator used to wait for the bidder's next
     * rechoke round, up to 10 s. Checked in mid-run, on every connection of a bidder complete for 3 s.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aCompletedBidderClosesItsChannelsAsItsLastPricesArrive(long seed) throws ScenarioException {
        String yaml = TokenSwarms.scarceUpload(40, "30 s")
                + "incentives: { bidders: 1, deposit: 20 BTT, holdings: 1000 BTT, " + FIXED_BID + " }\n";
        Swarm swarm = new Swarm(ScenarioLoader.parse(yaml, Path.of("token-test.yaml")), seed, false);
        swarm.start();
        long end = 30_000_000;
        swarm.engine.run(end);
        int checked = 0;
        for (Peer peer : swarm.peers()) {
            if (peer.completedAt < 0 || end - peer.completedAt < 3_000_000 || !peer.isPresent()) {
                continue;
            }
            for (Link link : peer.links) {
                if (link.payments != null) {
                    checked++;
                    assertTrue(link.payments.channels.isEmpty(), "peer " + peer.id + " completed at "
                            + peer.completedAt + " still pays through a channel at " + end);
                    assertEquals(0, link.payments.download.debt(), "peer " + peer.id + " still owes");
                }
            }
        }
        assertTrue(checked > 0, "no completed bidder's connection to check");
    }

    /**
     * A free rider's debt is still lost, to the base unit: what uploaders lost is exactly what free
     * riders had received at a price on their closed connections, blocks on the wire included.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void aFreeRidersDebtIsLostAndOnlyIt(long seed) throws ScenarioException {
        Swarm swarm = run(40, "bidders: 0.5, free-riders: 0.3, deposit: 20 BTT, holdings: 1000 BTT, " + FIXED_BID,
                seed);
        long owedByFreeRiders = 0;
        int freeRiders = 0;
        for (Peer peer : swarm.peers()) {
            if (peer.wallet != null && peer.wallet.freeRider) {
                freeRiders++;
                assertEquals(0, peer.wallet.paid, "a free rider paid");
                owedByFreeRiders += peer.wallet.committedClosed;
            }
        }
        assertTrue(freeRiders > 0 && owedByFreeRiders > 0, "no free rider was served");
        assertEquals(owedByFreeRiders, lost(swarm), "credit lost is exactly the free riders' debt");
        List<TokenRecord> honest = swarm.tokenResult().peers().stream().filter(t -> t.bids() && !t.freeRider()).toList();
        assertTrue(honest.stream().mapToLong(TokenRecord::paid).sum() > 0, "honest bidders paid nothing");
    }

    /**
     * Half the bidders hold nothing and can pay only with what they earn uploading to the others,
     * under a small credit limit that soon holds their requests: their earnings must become
     * spendable, so that they pay their uploaders rather than lose them the credit.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void earningsPayForWhatAPeerWithoutHoldingsDownloads(long seed) throws ScenarioException {
        Swarm swarm = run(40, "bidders: 1, deposit: 2 BTT, payment: { interval: 128 KiB, credit-limit: 256 KiB }, "
                + "holdings: { table: [ { share: 0.5, value: 0 BTT }, { share: 0.5, value: 100 BTT } ] }, " + FIXED_BID, seed);
        long paidFromEarnings = 0;
        for (Peer peer : swarm.peers()) {
            if (peer.wallet != null && peer.wallet.received == 0) {
                paidFromEarnings += peer.wallet.paid;
            }
        }
        assertTrue(paidFromEarnings > 0, "no bidder without holdings paid from its earnings");
    }
}
