package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.output.PeerRecord;
import atlas.sim.output.TokenRecord;
import atlas.sim.output.TokenResult;
import atlas.sim.scenario.ScenarioException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the economics on top of the payment mechanism: seeders under the {@code economic} model
 * stay longer when the token is worth more, holdings follow their distribution, airdrops and
 * top-ups reach participants with every BTT accounted for, and a money value of time bids fewer
 * BTT when the token is dearer.
 */
class EconomicsTest {

    /** Poisson arrivals for 20 minutes into a swarm short of upload, observed for 30 minutes. */
    private static String steadySwarm(String seeding) {
        return """
                name: economics-test
                until: 30 min
                content: { size: 8 MiB, piece: 256 KiB }
                network:
                  latency: { uniform: [10 ms, 100 ms] }
                  classes:
                    - { name: dsl, share: 1, upload: 1 Mbit/s, download: 16 Mbit/s }
                seeds: [ { count: 1, upload: 2 Mbit/s } ]
                arrivals: { poisson: { rate: 4 /min, until: 20 min } }
                protocol: { choker: { leecher: bid-mainline, seed: bid-mainline-seed } }
                behaviour: { seeding: %s }
                chain: { genesis: { trx-per-account: 100000 TRX } }
                """.formatted(seeding);
    }

    private static String flashCrowd(int peers) {
        return TokenSwarms.scarceUpload(peers, "all-complete") + "chain: { genesis: { trx-per-account: 100000 TRX } }\n";
    }

    private static Swarm run(String yaml, long seed) throws ScenarioException {
        return TokenSwarms.run(yaml, seed);
    }

    /** Mean time completed downloaders seeded, counting those still present up to the end. */
    private static double meanSeedingSeconds(Swarm swarm) {
        double sum = 0;
        int n = 0;
        long end = swarm.engine.now();
        for (PeerRecord p : swarm.peerRecords()) {
            if (!p.initialSeed() && p.completed()) {
                sum += ((p.departureMicros() >= 0 ? p.departureMicros() : end) - p.completionMicros()) / 1e6;
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void economicSeedersStayLongerWhenTheTokenIsWorthMore() throws ScenarioException {
        // A dsl seeder kept busy earns about 450 BTT an hour at 1 BTT/MiB: 0.0045 USD at the low
        // price, 0.045 USD at the middle one and 0.45 USD at the high one, against 0.02 USD an hour.
        double[] prices = {0.00001, 0.0001, 0.001};
        double[] seeding = new double[prices.length];
        int seeds = 4;
        int increasing = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            double previous = -1;
            boolean monotone = true;
            for (int k = 0; k < prices.length; k++) {
                Swarm swarm = run(steadySwarm("{ model: economic, period: 1 min, threshold-sigma: 0.5, altruists: 0 }")
                        + "incentives: { bidders: 1, bid: { name: fixed, price: 1 BTT/MiB }, deposit: 2 BTT,"
                        + " trx-holdings: 50 TRX, token-price: " + prices[k] + " USD, costs: { online: 0.02 USD/h } }\n",
                        seed);
                double mean = meanSeedingSeconds(swarm);
                seeding[k] += mean / seeds;
                monotone &= mean > previous;
                previous = mean;
            }
            if (monotone) {
                increasing++;
            }
        }
        assertTrue(seeding[0] < seeding[1] && seeding[1] < seeding[2], "mean seeding times by price: "
                + seeding[0] + ", " + seeding[1] + ", " + seeding[2] + " s");
        // Unpaid, a seeder leaves at its first decision: about one period.
        assertTrue(seeding[0] < 90, "at the lowest price seeders stay " + seeding[0] + " s");
        assertTrue(seeding[2] > 3 * seeding[0], "the dearest token keeps seeders " + seeding[2] + " s");
        assertTrue(increasing >= seeds - 1, "longer with the price in only " + increasing + " of " + seeds + " seeds");
    }

    @Test
    void altruistsStayWithoutEarningAndOthersLeaveAtTheirFirstDecision() throws ScenarioException {
        Swarm swarm = run(steadySwarm("{ model: economic, period: 2 min, altruists: 1, max-time: 5 min }")
                + "incentives: { participation: 0 }\n", 3);
        for (PeerRecord p : swarm.peerRecords()) {
            if (!p.initialSeed() && p.completed() && p.departureMicros() >= 0) {
                assertEquals(300.0, (p.departureMicros() - p.completionMicros()) / 1e6, 1e-6, "altruists stay max-time");
            }
        }
        Swarm selfish = run(steadySwarm("{ model: economic, period: 2 min, altruists: 0 }")
                + "incentives: { participation: 0 }\n", 3);
        for (PeerRecord p : selfish.peerRecords()) {
            if (!p.initialSeed() && p.completed() && p.departureMicros() >= 0) {
                assertEquals(120.0, (p.departureMicros() - p.completionMicros()) / 1e6, 1e-6,
                        "earning nothing, it leaves at its first decision");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void holdingsFollowTheirDistribution(long seed) throws ScenarioException {
        Swarm swarm = run(flashCrowd(200) + """
                incentives:
                  bid: none
                  seeds-earn: false
                  holdings: { table: [ { share: 0.8, value: 10 BTT }, { share: 0.2, value: 1000 BTT } ] }
                """, seed);
        int rich = 0;
        int n = 0;
        for (TokenRecord t : swarm.tokenResult().peers()) {
            if (t.takesPart()) {
                assertTrue(t.received() == 10_000_000 || t.received() == 1_000_000_000, "received " + t.received());
                rich += t.received() == 1_000_000_000 ? 1 : 0;
                n++;
            }
        }
        assertEquals(200, n);
        // Binomial(200, 0.2): 40 expected, standard deviation 5.7; 4 of them either side.
        assertTrue(rich > 17 && rich < 63, rich + " of 200 drew the rich line");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void airdropsAndTopUpsAreAccountedForToTheBaseUnit(long seed) throws ScenarioException {
        Swarm swarm = run(flashCrowd(40) + """
                incentives:
                  bidders: 0.5
                  bid: { name: fixed, price: 1 BTT/MiB }
                  deposit: 1 BTT
                  holdings: 0 BTT
                  trx-holdings: 50 TRX
                  airdrops: [ { at: 10 s, every: 20 s, amount: 3 BTT } ]
                  top-up: { below: 1 BTT, amount: 2 BTT }
                """, seed);
        TokenResult tokens = swarm.tokenResult();
        long received = tokens.peers().stream().mapToLong(TokenRecord::received).sum();
        long holdings = tokens.peers().stream().mapToLong(TokenRecord::holdings).sum();
        long paid = tokens.peers().stream().mapToLong(TokenRecord::paid).sum();
        assertTrue(paid > 0, "with BTT from drops and top-ups only, bidders still paid");
        assertEquals(tokens.funderSent(), received, "what the funder lost, participants received");
        assertEquals(tokens.funderSent(), holdings + tokens.inChannelsEnd(), "and it is in balances or escrow");
        for (TokenRecord t : tokens.peers()) {
            if (t.takesPart()) {
                assertTrue(t.received() > 0, "peer " + t.id() + " present at a drop received none");
            }
        }
    }

    @Test
    void aMoneyValueOfTimeBidsFewerTokensWhenTheTokenIsDearer() throws ScenarioException {
        String yaml = flashCrowd(30) + """
                incentives:
                  bidders: 1
                  bid: { name: value-of-time, share: 0.5, cap: 1000000 BTT/MiB }
                  value-of-time: { lognormal: { median: 5 USD/h, sigma: 1 } }
                  token-price: %s
                """;
        Swarm cheap = run(yaml.formatted("0.0001 USD"), 4);
        Swarm dear = run(yaml.formatted("0.001 USD"), 4);
        long cheapBids = totalFirstBids(cheap);
        long dearBids = totalFirstBids(dear);
        // Every bidder's first bid comes before any download, at the floor rate: exactly a tenth.
        assertEquals(cheapBids / 10.0, dearBids, cheapBids / 1e6, "first bids " + cheapBids + " and " + dearBids);
    }

    /** The bids announced before anyone downloaded: from each bidder's strategy at the floor rate. */
    private static long totalFirstBids(Swarm swarm) {
        long total = 0;
        for (Peer peer : swarm.peers()) {
            if (peer.wallet != null && peer.wallet.strategy != null) {
                total += peer.wallet.strategy.price(0, 0, 1, 0);
            }
        }
        return total;
    }

    @Test
    void theSameSeedGivesTheSameEconomyUnderEveryPriceModel() throws ScenarioException {
        for (String price : List.of("{ gbm: { initial: 0.0001 USD, drift: 0.5, volatility: 2, step: 1 min } }",
                "0.0002 USD")) {
            String yaml = steadySwarm("{ model: economic, period: 1 min }")
                    + "incentives: { bidders: 0.5, token-price: " + price + " }\n";
            Swarm first = run(yaml, 9);
            Swarm second = run(yaml, 9);
            assertEquals(first.peerRecords(), second.peerRecords(), price);
            assertEquals(first.tokenResult().peers(), second.tokenResult().peers(), price);
        }
    }
}
