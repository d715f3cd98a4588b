package atlas.sim.output;

import atlas.sim.chain.ChainSupply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Summary metrics are computed as documented from a run small enough to work out by hand, are null, not invented, when
 * there is no data, and seeding-time means do not depend on when the run happened to end.
 */
class MetricsTest {

    private static final double EPS = 1e-9;
    private static final long S = 1_000_000;

    /**
     * One initial seed and five peers over 10 h. Download times 100, 200, 400, 800 s; p4 aborts.
     * Seeding times: p1 1800 s, p2 still seeding at the end (censored at 35790 s), p3 7200 s,
     * p5 0 s (leaves at once).
     */
    private static RunResult handRun() {
        return handRun(36_000 * S, -1);
    }

    /** {@link #handRun()} ending at {@code endMicros}, p2 leaving at {@code p2Leaves} (-1: it stays). */
    private static RunResult handRun(long endMicros, long p2Leaves) {
        return Fixtures.run(endMicros, endMicros * 9 / 10, List.of(
                new PeerRecord(0, "seed", true, 1000, 1000, 0, 0, -1, 4_000_000, 0, 5, 0),
                new PeerRecord(1, "dsl", false, 100, 800, 0, 100 * S, 1900 * S, 1_000_000, 2_097_152, 10, 0),
                new PeerRecord(2, "dsl", false, 100, 800, 10 * S, 210 * S, p2Leaves, 2_000_000, 2_097_152, 20, 0),
                new PeerRecord(3, "dsl", false, 100, 800, 20 * S, 420 * S, 7620 * S, 500_000, 2_097_152, 30, 0),
                new PeerRecord(4, "dsl", false, 100, 800, 30 * S, -1, 50 * S, 0, 1000, 40, 0),
                new PeerRecord(5, "dsl", false, 100, 800, 40 * S, 840 * S, 840 * S, 0, 2_097_152, 50, 0)));
    }

    @Test
    void countsPeersWithoutInitialSeeds() {
        Map<String, Object> m = Metrics.compute(handRun());
        assertEquals(5L, m.get("peers_arrived"));
        assertEquals(4L, m.get("peers_completed"));
    }

    @Test
    void downloadTimeAndSpeedStatistics() {
        Map<String, Object> m = Metrics.compute(handRun());
        Map<?, ?> time = (Map<?, ?>) m.get("download_time_s");
        assertEquals(List.of("mean", "p50", "p95"), List.copyOf(time.keySet()));
        assertEquals(375, (Double) time.get("mean"), EPS);
        // Hyndman-Fan 7 on 100, 200, 400, 800: positions 2.5 and 3.85.
        assertEquals(300, (Double) time.get("p50"), EPS);
        assertEquals(740, (Double) time.get("p95"), EPS);

        Map<?, ?> speed = (Map<?, ?>) m.get("download_speed_kib_s");
        assertEquals(List.of("mean", "p50", "p5"), List.copyOf(speed.keySet()));
        // 2048 KiB over each time: 20.48, 10.24, 5.12, 2.56 KiB/s.
        assertEquals(9.6, (Double) speed.get("mean"), EPS);
        assertEquals(7.68, (Double) speed.get("p50"), EPS);
        assertEquals(2.56 + 0.15 * 2.56, (Double) speed.get("p5"), EPS);
    }

    @Test
    void seederRetentionIsKaplanMeierWithCensoringAtTheEnd() {
        Map<String, Object> m = Metrics.compute(handRun());
        Map<?, ?> retention = (Map<?, ?>) m.get("seeder_retention");
        assertEquals(List.of("1h", "6h", "24h"), List.copyOf(retention.keySet()));
        // At risk 4: one leaves at 0 s -> 3/4; at 1800 s one of 3 -> 1/2; at 7200 s one of 2 -> 1/4.
        assertEquals(0.5, (Double) retention.get("1h"), EPS);
        assertEquals(0.25, (Double) retention.get("6h"), EPS);
        // The only peer left was censored at 35790 s < 24 h: nothing is known that far.
        assertTrue(retention.containsKey("24h"));
        assertNull(retention.get("24h"));
    }

    @Test
    void seedingTimeMeansAreAreasUnderTheRetentionCurve() {
        Map<String, Object> m = Metrics.compute(handRun());
        // p2 is still seeding at the end, so the curve stops at 1/4 and the area beyond is unknown.
        assertTrue(m.containsKey("mean_seeding_time_s"));
        assertNull(m.get("mean_seeding_time_s"));
        Map<?, ?> restricted = (Map<?, ?>) m.get("restricted_mean_seeding_time_s");
        assertEquals(List.of("1h", "6h", "24h"), List.copyOf(restricted.keySet()));
        // 3/4 until 1800 s, 1/2 until 7200 s, then 1/4 until the horizon.
        assertEquals(1800 * 0.75 + 1800 * 0.5, (Double) restricted.get("1h"), EPS);
        assertEquals(1800 * 0.75 + 5400 * 0.5 + (21_600 - 7200) * 0.25, (Double) restricted.get("6h"), EPS);
        assertTrue(restricted.containsKey("24h"));
        assertNull(restricted.get("24h"));
    }

    @Test
    void everyPeerLeavingGivesTheMeanAndEveryHorizon() {
        // p2 leaves 3 h after completing: seeding times 1800, 10800, 7200 and 0 s, all observed.
        Map<String, Object> m = Metrics.compute(handRun(36_000 * S, (210 + 10_800) * S));
        assertEquals((1800 + 10_800 + 7200 + 0) / 4.0, (Double) m.get("mean_seeding_time_s"), EPS);
        Map<?, ?> restricted = (Map<?, ?>) m.get("restricted_mean_seeding_time_s");
        assertEquals(1800 * 0.75 + 1800 * 0.5, (Double) restricted.get("1h"), EPS);
        // The curve reached 0 at 10800 s, before 6 h and 24 h: both are the whole mean.
        assertEquals(4950, (Double) restricted.get("6h"), EPS);
        assertEquals(4950, (Double) restricted.get("24h"), EPS);
    }

    /**
     * The same peers with the same seeding behaviour in a run that ends at 9000 s instead of
     * 36000 s: what both observed agrees, and what the short run did not see is null. The old
     * metric integrated to the end of each run and reported 11197.5 s against 4447.5 s.
     */
    @Test
    void seedingTimeMeansDoNotDependOnWhenTheRunEnded() {
        Map<?, ?> whole = (Map<?, ?>) Metrics.compute(handRun()).get("restricted_mean_seeding_time_s");
        Map<String, Object> shortRun = Metrics.compute(handRun(9000 * S, -1));
        Map<?, ?> cut = (Map<?, ?>) shortRun.get("restricted_mean_seeding_time_s");
        assertEquals((Double) whole.get("1h"), (Double) cut.get("1h"), EPS);
        assertNull(cut.get("6h"));
        assertNull(cut.get("24h"));
        assertNull(shortRun.get("mean_seeding_time_s"));
    }

    @Test
    void noDepartureGivesNoMeanRatherThanTheRunLength() {
        // Both completed peers still seeding at the end of an 18 s run: nothing is known of how long they seed.
        RunResult run = Fixtures.run(18 * S, 18 * S, List.of(
                new PeerRecord(0, "seed", true, 1000, 1000, 0, 0, -1, 0, 0, 0, 0),
                new PeerRecord(1, "dsl", false, 100, 800, 0, 5 * S, -1, 0, 2_097_152, 0, 0),
                new PeerRecord(2, "dsl", false, 100, 800, 0, 9 * S, -1, 0, 2_097_152, 0, 0)));
        Map<String, Object> m = Metrics.compute(run);
        assertTrue(m.containsKey("mean_seeding_time_s"));
        assertNull(m.get("mean_seeding_time_s"));
        ((Map<?, ?>) m.get("restricted_mean_seeding_time_s")).values().forEach(v -> assertNull(v));
    }

    /**
     * Seed; p1 and p2 bid, p3 earns, p4 is outside the economy and never completes. Bidders seed
     * 1800 s and still 35800 s at the end; the earner 3600 s.
     */
    @Test
    void seedingTimeByRoleFollowsTheSameRules() {
        List<PeerRecord> peers = List.of(
                new PeerRecord(0, "seed", true, 1000, 1000, 0, 0, -1, 0, 0, 0, 0),
                new PeerRecord(1, "dsl", false, 100, 800, 0, 100 * S, 1900 * S, 0, 2_097_152, 0, 0),
                new PeerRecord(2, "dsl", false, 100, 800, 0, 200 * S, -1, 0, 2_097_152, 0, 0),
                new PeerRecord(3, "dsl", false, 100, 800, 0, 300 * S, 3900 * S, 0, 2_097_152, 0, 0),
                new PeerRecord(4, "dsl", false, 100, 800, 0, -1, -1, 0, 0, 0, 0));
        TokenResult tokens = new TokenResult(List.of(
                TokenRecord.outside(0),
                new TokenRecord(1, true, true, false, 1, 0, 0, 0, 0, 0),
                new TokenRecord(2, true, true, false, 1, 0, 0, 0, 0, 0),
                new TokenRecord(3, true, false, false, 0, 0, 0, 0, 0, 0),
                TokenRecord.outside(4)), new TokenSeries(), 0, 0, 0, 0, new ChainSupply(0, 0, 0, 0, 0, 0));
        RunResult run = new RunResult(Fixtures.tinyScenario(), 7, 36_000 * S, EndedBy.ALL_COMPLETE, 1, 1, peers,
                new TimeSeries(), 36_000 * S, tokens);
        Map<String, Object> m = Metrics.compute(run);

        Map<?, ?> means = (Map<?, ?>) m.get("mean_seeding_time_by_role_s");
        assertEquals(List.of("bidders", "free_riders", "earners", "non_participants"), List.copyOf(means.keySet()));
        assertNull(means.get("bidders"));
        assertEquals(3600, (Double) means.get("earners"), EPS);
        assertNull(means.get("non_participants"));

        Map<?, ?> restricted = (Map<?, ?>) m.get("restricted_mean_seeding_time_by_role_s");
        assertEquals(List.of("bidders_1h", "bidders_6h", "bidders_24h", "free_riders_1h", "free_riders_6h",
                "free_riders_24h", "earners_1h", "earners_6h", "earners_24h",
                "non_participants_1h", "non_participants_6h", "non_participants_24h"),
                List.copyOf(restricted.keySet()));
        // Bidders: 1 until 1800 s, then 1/2; the one left was last seen at 35800 s, short of 24 h.
        assertEquals(1800 + 1800 * 0.5, (Double) restricted.get("bidders_1h"), EPS);
        assertEquals(1800 + (21_600 - 1800) * 0.5, (Double) restricted.get("bidders_6h"), EPS);
        assertNull(restricted.get("bidders_24h"));
        // The earner left at 3600 s: every horizon from 1 h on holds its whole seeding time.
        for (String h : List.of("1h", "6h", "24h")) {
            assertEquals(3600, (Double) restricted.get("earners_" + h), EPS, h);
            assertNull(restricted.get("non_participants_" + h), h);
        }
    }

    @Test
    void availabilityBytesAndUtilization() {
        Map<String, Object> m = Metrics.compute(handRun());
        assertEquals(0.9, (Double) m.get("availability"), EPS);
        assertEquals(7_500_000L, m.get("uploaded_bytes"));
        assertEquals(4 * 2_097_152L + 1000, m.get("downloaded_bytes"));
        assertEquals(155L, m.get("overhead_bytes"));
        // Capacity times presence: seed 1000 B/s for 36000 s; peers 100 B/s for 1900, 35990, 7600, 20, 800 s.
        double possible = 1000.0 * 36_000 + 100.0 * (1900 + 35_990 + 7600 + 20 + 800);
        assertEquals(7_500_000 / possible, (Double) m.get("upload_utilization"), EPS);
    }

    @Test
    void noCompletionsGiveNullsNotNumbers() {
        RunResult run = Fixtures.run(0, 0, List.of(
                new PeerRecord(0, "seed", true, 1000, 1000, 0, 0, -1, 0, 0, 0, 0),
                new PeerRecord(1, "dsl", false, 100, 800, 0, -1, -1, 0, 0, 0, 0)));
        Map<String, Object> m = Metrics.compute(run);
        assertEquals(1L, m.get("peers_arrived"));
        assertEquals(0L, m.get("peers_completed"));
        for (String key : List.of("mean_seeding_time_s", "availability", "upload_utilization")) {
            assertTrue(m.containsKey(key), key);
            assertNull(m.get(key), key);
        }
        // Statistics keep their keys, so that sweep tables have the same columns whatever the runs gave.
        for (String key : List.of("download_time_s", "download_speed_kib_s", "seeder_retention",
                "restricted_mean_seeding_time_s")) {
            Map<?, ?> stats = (Map<?, ?>) m.get(key);
            assertFalse(stats.isEmpty(), key);
            stats.values().forEach(v -> assertNull(v, key));
        }
        assertEquals(List.of("mean", "p50", "p95"), List.copyOf(((Map<?, ?>) m.get("download_time_s")).keySet()));
    }

    @Test
    void namesAreUniqueSnakeCaseAndDocumented() {
        Set<String> names = new HashSet<>();
        for (Metric metric : Metrics.ALL) {
            assertTrue(metric.name().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), metric.name());
            assertTrue(names.add(metric.name()), "twice: " + metric.name());
            assertFalse(metric.description().isBlank(), metric.name());
        }
        assertEquals(Metrics.ALL.size(), Metrics.compute(handRun()).size());
    }
}
