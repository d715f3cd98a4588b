package atlas.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Summary metrics are computed as documented from a run small enough to work out by hand, and are null, not invented, when there is no data. */
class MetricsTest {

    private static final double EPS = 1e-9;
    private static final long S = 1_000_000;

    /**
     * One initial seed and five peers over 10 h. Download times 100, 200, 400, 800 s; p4 aborts.
     * Seeding times: p1 1800 s, p2 still seeding at the end (censored at 35790 s), p3 7200 s,
     * p5 0 s (leaves at once).
     */
    private static RunResult handRun() {
        return Fixtures.run(36_000 * S, 32_400 * S, List.of(
                new PeerRecord(0, "seed", true, 1000, 1000, 0, 0, -1, 4_000_000, 0, 5, 0),
                new PeerRecord(1, "dsl", false, 100, 800, 0, 100 * S, 1900 * S, 1_000_000, 2_097_152, 10, 0),
                new PeerRecord(2, "dsl", false, 100, 800, 10 * S, 210 * S, -1, 2_000_000, 2_097_152, 20, 0),
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
        // Area under that curve up to the longest observation, 35790 s.
        assertEquals(1800 * 0.75 + 5400 * 0.5 + (35_790 - 7200) * 0.25, (Double) m.get("mean_seeding_time_s"), EPS);
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
        for (String key : List.of("download_time_s", "download_speed_kib_s", "seeder_retention")) {
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
