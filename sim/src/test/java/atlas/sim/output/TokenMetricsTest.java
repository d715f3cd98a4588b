package atlas.sim.output;

import atlas.sim.chain.ChainSupply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards two readings of the token metrics: gini_btt measures the inequality of what participants
 * own, not how much of it sits in payment channels, and free riders, who bid but never pay, are
 * their own role rather than counted as bidders.
 */
class TokenMetricsTest {

    private static final double EPS = 1e-9;
    private static final long S = 1_000_000;
    private static final long BTT = 1_000_000;

    /** A downloader that arrived at 0 and completed after {@code seconds}, or never (-1), still present. */
    private static PeerRecord downloader(int id, long seconds) {
        return new PeerRecord(id, "dsl", false, 1e5, 1e6, 0, seconds < 0 ? -1 : seconds * S, -1, 0, 2_097_152, 0, 0);
    }

    private static PeerRecord seed() {
        return new PeerRecord(0, "seed", true, 1e6, 1e6, 0, 0, -1, 8_388_608, 0, 0, 0);
    }

    private static RunResult run(List<PeerRecord> peers, List<TokenRecord> tokens) {
        TokenResult result = new TokenResult(tokens, new TokenSeries(), 0, 0, 0, 0, new ChainSupply(0, 0, 0, 0, 0, 0));
        return new RunResult(Fixtures.tinyScenario(), 1, 100 * S, EndedBy.ALL_COMPLETE, 1, 1, peers, new TimeSeries(),
                100 * S, result);
    }

    /**
     * The review's run in small: two bidders each received 100 BTT and paid 19, but hold only 45 on
     * chain, the other 36 still their own in open channels; two earners hold their 100 and earned
     * 19 each in channels not yet settled. A rich initial seed and a non-participant are not counted.
     */
    @Test
    void giniIsOverWealthWhileMoneyLockedInChannelsShowsOnlyInTheLiquidOne() {
        List<PeerRecord> peers = List.of(seed(), downloader(1, 10), downloader(2, -1), downloader(3, 10),
                downloader(4, 10), downloader(5, 10));
        List<TokenRecord> tokens = List.of(
                new TokenRecord(0, true, false, false, 0, 0, 500 * BTT, 0, 1000 * BTT, 500 * BTT),
                new TokenRecord(1, true, true, false, BTT, 19 * BTT, 0, 0, 45 * BTT, 100 * BTT),
                new TokenRecord(2, true, true, false, BTT, 19 * BTT, 0, 0, 45 * BTT, 100 * BTT),
                new TokenRecord(3, true, false, false, 0, 0, 19 * BTT, 0, 100 * BTT, 100 * BTT),
                new TokenRecord(4, true, false, false, 0, 0, 19 * BTT, 0, 100 * BTT, 100 * BTT),
                TokenRecord.outside(5));
        Map<String, Object> m = Metrics.compute(run(peers, tokens));
        // Wealth 81, 81, 119, 119: mean 100; 8 ordered pairs differ by 38: G = 8 * 38 / (2 * 4^2 * 100).
        assertEquals(8 * 38 / (2 * 16 * 100.0), (Double) m.get("gini_btt"), EPS);
        // Balances 45, 45, 100, 100: mean 72.5; 8 ordered pairs differ by 55.
        assertEquals(8 * 55 / (2 * 16 * 72.5), (Double) m.get("gini_btt_liquid"), EPS);
    }

    @Test
    void noParticipantGivesNullGinis() {
        Map<String, Object> m = Metrics.compute(run(List.of(seed(), downloader(1, 10)),
                List.of(new TokenRecord(0, true, false, false, 0, 0, BTT, 0, BTT, 0), TokenRecord.outside(1))));
        assertNull(m.get("gini_btt"));
        assertNull(m.get("gini_btt_liquid"));
    }

    /** The seed; an honest bidder done in 20 s, a free rider in 10 s, an earner in 30 s, a non-participant in 40 s. */
    @Test
    void freeRidersAreReportedApartFromHonestBidders() {
        List<PeerRecord> peers = List.of(seed(), downloader(1, 20), downloader(2, 10), downloader(3, 30),
                downloader(4, 40));
        List<TokenRecord> tokens = List.of(TokenRecord.outside(0),
                new TokenRecord(1, true, true, false, BTT, 2 * BTT, 0, 0, 8 * BTT, 10 * BTT),
                new TokenRecord(2, true, true, true, BTT, 0, 0, 0, 10 * BTT, 10 * BTT),
                new TokenRecord(3, true, false, false, 0, 0, 2 * BTT, 0, 12 * BTT, 10 * BTT),
                TokenRecord.outside(4));
        Map<String, Object> m = Metrics.compute(run(peers, tokens));
        assertEquals(20.0, stat(m, "download_time_bidders_s", "mean"), EPS);
        assertEquals(10.0, stat(m, "download_time_free_riders_s", "mean"), EPS);
        assertEquals(35.0, stat(m, "download_time_non_bidders_s", "mean"), EPS);
        assertEquals(40.0, stat(m, "download_time_non_participants_s", "mean"), EPS);

        Map<?, ?> speeds = (Map<?, ?>) m.get("download_speed_by_role_kib_s");
        assertEquals(List.of("bidders", "free_riders", "earners", "non_participants"), new ArrayList<>(speeds.keySet()));
        double contentKib = Fixtures.TINY_CONTENT_BYTES / 1024.0;
        assertEquals(contentKib / 20, (Double) speeds.get("bidders"), EPS);
        assertEquals(contentKib / 10, (Double) speeds.get("free_riders"), EPS);
        assertEquals(List.of("bidders", "free_riders", "earners", "non_participants"),
                new ArrayList<>(((Map<?, ?>) m.get("mean_seeding_time_by_role_s")).keySet()));
        assertEquals(12, ((Map<?, ?>) m.get("restricted_mean_seeding_time_by_role_s")).size());
    }

    @Test
    void withoutFreeRidersTheirStatisticsAreNull() {
        Map<String, Object> m = Metrics.compute(run(List.of(seed(), downloader(1, 20)), List.of(TokenRecord.outside(0),
                new TokenRecord(1, true, true, false, BTT, 2 * BTT, 0, 0, 8 * BTT, 10 * BTT))));
        Map<?, ?> times = (Map<?, ?>) m.get("download_time_free_riders_s");
        assertEquals(List.of("mean", "p50", "p95"), new ArrayList<>(times.keySet()));
        times.values().forEach(v -> assertNull(v));
        assertNull(((Map<?, ?>) m.get("download_speed_by_role_kib_s")).get("free_riders"));
    }

    private static double stat(Map<String, Object> metrics, String metric, String statistic) {
        return (Double) ((Map<?, ?>) metrics.get(metric)).get(statistic);
    }
}
