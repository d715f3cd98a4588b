package atlas.analysis.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

// Guards the flattening of summary.json metrics to the dotted names runs.csv uses, and that a
// null (undefined) metric is absent rather than zero.
class RunSummaryTest {

    private static final String JSON = """
            {"scenario":"quickstart","seed":1,"atlas_version":"0.1.0","wall_time_s":1.5,"note":null,
             "metrics":{"peers_arrived":300,"download_time_s":{"mean":73.2,"p50":72.1,"p95":82.1},
                        "seeder_retention":{"1h":null,"6h":0.5},"availability":1,"flag":true}}
            """;

    @Test
    void flattensNestedMetricsAndDropsNulls() {
        RunSummary s = RunSummary.parse("summary.json", JSON);
        assertEquals("quickstart", s.scenario());
        assertEquals(1, s.seed());
        assertEquals(List.of("peers_arrived", "download_time_s.mean", "download_time_s.p50", "download_time_s.p95",
                "seeder_retention.6h", "availability", "flag"), List.copyOf(s.metrics().keySet()));
        assertEquals(OptionalDouble.of(82.1), s.metric("download_time_s.p95"));
        assertFalse(s.metric("seeder_retention.1h").isPresent());
        assertEquals(OptionalDouble.of(1), s.metric("flag"));
    }

    @Test
    void keepsTopLevelScalarsAsProvenance() {
        RunSummary s = RunSummary.parse("summary.json", JSON);
        assertEquals(List.of("atlas_version", "wall_time_s"), List.copyOf(s.provenance().keySet()));
        assertEquals("1.5", s.provenance().get("wall_time_s"));
    }

    @Test
    void rejectsSummariesWithoutScenarioOrSeedOrWithTextMetrics() {
        assertThrows(IllegalArgumentException.class, () -> RunSummary.parse("s", "{\"seed\":1}"));
        assertThrows(IllegalArgumentException.class, () -> RunSummary.parse("s", "{\"scenario\":\"x\"}"));
        assertThrows(IllegalArgumentException.class,
                () -> RunSummary.parse("s", "{\"scenario\":\"x\",\"seed\":1,\"metrics\":{\"m\":\"high\"}}"));
    }
}
