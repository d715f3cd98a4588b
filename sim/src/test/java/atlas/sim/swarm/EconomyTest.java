package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bid.Prices;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.TokenRecord;
import atlas.sim.output.TokenResult;
import atlas.sim.scenario.ScenarioException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the token economy in the swarm: it changes nothing when nobody bids, conserves BTT, charges
 * delivered data at the agreed price, cuts off a free rider that never pays at the credit limit, and buys
 * bidders faster downloads where upload is scarce.
 */
class EconomyTest {

    private static final long PRICE = 1_000_000; // 1 BTT/MiB
    private static final long CREDIT_LIMIT = 2L << 20;
    private static final long INTERVAL = 1L << 20;

    private static String swarm(int peers, String until) {
        return TokenSwarms.scarceUpload(peers, until);
    }

    private static Swarm run(String yaml, long seed) throws ScenarioException {
        return TokenSwarms.run(yaml, seed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bid: none", "bidders: 0", "participation: 0"})
    void withoutBidsTheRunIsThePlainProtocols(String incentives) throws ScenarioException {
        for (long seed = 1; seed <= 2; seed++) {
            Swarm plain = run(swarm(40, "all-complete"), seed);
            Swarm token = run(swarm(40, "all-complete") + "incentives: { " + incentives + " }\n", seed);
            assertNull(plain.tokenResult());
            List<PeerRecord> expected = plain.peerRecords();
            assertEquals(expected, token.peerRecords(), incentives + ", seed " + seed);
            assertTrue(token.tokenResult().peers().stream().allMatch(t -> t.paid() == 0 && t.earned() == 0));
        }
    }

    @Test
    void theSameSeedGivesTheSameEconomy() throws ScenarioException {
        String yaml = swarm(30, "all-complete") + "incentives: { bidders: 0.5, bid: auto }\n";
        Swarm first = run(yaml, 7);
        Swarm second = run(yaml, 7);
        assertEquals(first.peerRecords(), second.peerRecords());
        assertEquals(first.tokenResult().peers(), second.tokenResult().peers());
        assertEquals(first.tokenResult().chainTransactions(), second.tokenResult().chainTransactions());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void moneyIsConserved(long seed) throws ScenarioException {
        Swarm swarm = run(swarm(40, "90 s") + "incentives: { bidders: 0.5, bid: { name: fixed, price: 1 BTT/MiB } }\n",
                seed);
        Economy economy = swarm.economy;
        long paid = 0;
        long earned = 0;
        long inFlight = 0;
        long balances = economy.funder.balance();
        for (Peer peer : swarm.peers()) {
            if (peer.wallet == null) {
                continue;
            }
            paid += peer.wallet.paid;
            earned += peer.wallet.earned;
            balances += economy.assetBalance(peer.wallet);
            for (Link link : peer.links) {
                if (link.payments != null) {
                    inFlight += link.payments.download.paid() - link.other.payments.upload.received();
                }
            }
        }
        assertTrue(paid > 0, "nobody paid");
        assertEquals(paid, earned + inFlight, "paid = earned + payments on the wire");
        long funded = swarm.scenario.chain().genesis().lines().stream()
                .filter(l -> l.category().equals(economy.settings.funder())).findFirst().orElseThrow().amount();
        assertEquals(funded, balances + economy.bttInChannels(), "BTT on chain: balances plus escrow");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void paymentsMatchDeliveredDataTimesPrice(long seed) throws ScenarioException {
        Swarm swarm = run(swarm(40, "30 s") + "incentives: { bidders: 1, bid: { name: fixed, price: 1 BTT/MiB } }\n",
                seed);
        int checked = 0;
        for (Peer peer : swarm.peers()) {
            for (Link link : peer.links) {
                Payments p = link.payments;
                if (p == null || p.pricedBytes == 0) {
                    continue;
                }
                assertEquals(Prices.valueOf(PRICE, p.pricedBytes), p.download.accrued(), "charged at the price");
                Payments uploader = link.other.payments;
                assertTrue(uploader.upload.delivered() >= p.download.accrued(), "the uploader counts what it sent");
                if (p.current() != null && p.current().payer.remaining() > 0) {
                    long debt = p.download.accrued() - p.download.paid();
                    assertTrue(debt >= 0 && debt < Prices.valueOf(PRICE, INTERVAL),
                            "unpaid " + debt + " under one payment interval's worth");
                    checked++;
                }
            }
        }
        assertTrue(checked > 10, "too few paying connections to check: " + checked);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void freeRidersAreCutOffAtTheCreditLimit(long seed) throws ScenarioException {
        Swarm swarm = run(swarm(40, "30 s") + "incentives: { free-riders: 0.25, bid: { name: fixed, price: 1 BTT/MiB } }\n",
                seed);
        long limit = Prices.valueOf(PRICE, CREDIT_LIMIT);
        int freeRiders = 0;
        int served = 0;
        for (Peer peer : swarm.peers()) {
            if (peer.wallet == null || !peer.wallet.freeRider) {
                continue;
            }
            freeRiders++;
            assertEquals(0, peer.wallet.paid);
            for (Link link : peer.links) {
                if (link.payments != null && link.payments.pricedBytes > 0) {
                    served++;
                    assertTrue(link.other.payments.upload.unpaid() <= limit, "served beyond the credit limit");
                    assertTrue(link.payments.pricedBytes <= CREDIT_LIMIT, "received " + link.payments.pricedBytes);
                }
            }
        }
        // Binomial(40, 0.25): 10 expected.
        assertTrue(freeRiders >= 3 && freeRiders <= 20, freeRiders + " free riders");
        assertTrue(served > 0, "no uploader served a free rider at all");
        long honest = swarm.tokenResult().peers().stream().filter(t -> t.bids() && !t.freeRider())
                .mapToLong(TokenRecord::paid).sum();
        assertTrue(honest > 0, "honest bidders paid nothing");
    }

    @Test
    void biddersDownloadFasterWhereUploadIsScarce() throws ScenarioException {
        double bidders = 0;
        double others = 0;
        int faster = 0;
        int seeds = 5;
        for (long seed = 1; seed <= seeds; seed++) {
            TokenResult tokens;
            Swarm swarm = run(swarm(60, "all-complete")
                    + "incentives: { bidders: 0.5, bid: { name: fixed, price: 1 BTT/MiB } }\n", seed);
            tokens = swarm.tokenResult();
            double[] mean = meanDownloadTimes(swarm.peerRecords(), tokens.peers());
            bidders += mean[0];
            others += mean[1];
            if (mean[0] < mean[1]) {
                faster++;
            }
        }
        assertTrue(bidders < 0.95 * others, "bidders " + bidders / seeds + " s, others " + others / seeds + " s");
        assertTrue(faster >= seeds - 1, "bidders faster in only " + faster + " of " + seeds + " seeds");
    }

    /** {bidders' mean, non-bidders' mean} download time of completed downloaders, seconds. */
    private static double[] meanDownloadTimes(List<PeerRecord> peers, List<TokenRecord> tokens) {
        double[] sum = new double[2];
        int[] n = new int[2];
        for (int i = 0; i < peers.size(); i++) {
            PeerRecord p = peers.get(i);
            if (!p.initialSeed() && p.completed()) {
                int group = tokens.get(i).bids() ? 0 : 1;
                sum[group] += (p.completionMicros() - p.arrivalMicros()) / 1e6;
                n[group]++;
            }
        }
        return new double[] {sum[0] / n[0], sum[1] / n[1]};
    }
}
