package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** summary.json says why a run ended, and a run meant to end at all-complete that hit its limit instead says so on stderr. */
class RunEndTest {

    @TempDir
    Path tmp;

    private String endedBy(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("ended_by").asText();
    }

    private Atlas.Outcome run(String name, String until, String arrivals) throws IOException {
        Path scenario = Files.writeString(tmp.resolve(name + ".yaml"), TinyScenario.yaml(name, "256 KiB", 1, "")
                .replace("arrivals: { flash-crowd: { peers: 1 } }\n", "arrivals: " + arrivals + "\n")
                + "until: " + until + "\n");
        return Atlas.ok("run", scenario.toString(), "--out", tmp.resolve(name).toString(), "--quiet");
    }

    @Test
    void everyoneCompleted() throws IOException {
        Atlas.Outcome o = run("done", "all-complete", "{ flash-crowd: { peers: 5 } }");
        assertEquals("all-complete", endedBy(tmp.resolve("done")));
        assertEquals("", o.err());
    }

    /**
     * With the default seeding model, leave-at-once, the last peer to complete leaves too: the
     * run used to stop before its departure, due at the same instant, so it stayed a seeder and
     * seeding time and retention were undefined instead of 0.
     */
    @Test
    void theLastPeerToCompleteLeavesAtOnceLikeTheOthers() throws IOException {
        run("leave", "all-complete", "{ flash-crowd: { peers: 5 } }");
        Path dir = tmp.resolve("leave");
        List<String> rows = Files.readAllLines(dir.resolve("peers.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int seed = header.indexOf("initial_seed");
        int completion = header.indexOf("completion_s");
        int departure = header.indexOf("departure_s");
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            if (cells[seed].equals("false")) {
                assertEquals(cells[completion], cells[departure], "peer leaving at its completion: " + row);
                checked++;
            }
        }
        assertEquals(5, checked);
        var metrics = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("metrics");
        assertEquals(0.0, metrics.get("mean_seeding_time_s").asDouble(), metrics.toString());
        assertEquals(0.0, metrics.get("seeder_retention").get("1h").asDouble(), metrics.toString());
    }

    @Test
    void unboundedArrivalsRunIntoTheLimitAndSaySo() throws IOException {
        Atlas.Outcome o = run("endless", "{ all-complete: { limit: 10 min } }", "{ poisson: { rate: 1 /min } }");
        assertEquals("limit", endedBy(tmp.resolve("endless")));
        List<String> lines = o.err().lines().toList();
        assertEquals(2, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith("warning: endless: until is all-complete, but peers arrive until its limit"),
                o.err());
        assertTrue(lines.get(1).startsWith("note: the run's limit of 10m00s ended it, not every peer completing"), o.err());
        Atlas.Outcome validated = Atlas.ok("validate", tmp.resolve("endless.yaml").toString());
        assertEquals(lines.get(0), validated.err().strip(), "validate warns before a run is wasted");
        assertEquals("ok", validated.out().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ poisson: { rate: 1 /min, until: 5 min } }", "{ poisson: { rate: 1 /min, max-peers: 3 } }",
        "{ schedule: [ { until: 5 min, rate: 1 /min } ] }"})
    void arrivalsThatEndOfThemselvesEndAtAllComplete(String arrivals) throws IOException {
        Atlas.Outcome o = run("bounded", "{ all-complete: { limit: 1 h } }", arrivals);
        assertEquals("all-complete", endedBy(tmp.resolve("bounded")));
        assertEquals("", o.err());
    }

    @Test
    void aScheduleStillArrivingAtTheLimitRanIntoIt() throws IOException {
        run("busy", "{ all-complete: { limit: 10 min } }", "{ schedule: [ { until: 1 h, rate: 1 /min } ] }");
        assertEquals("limit", endedBy(tmp.resolve("busy")));
    }

    @Test
    void aFixedDurationRanOut() throws IOException {
        Atlas.Outcome o = run("fixed", "2 min", "{ flash-crowd: { peers: 5 } }");
        assertEquals("duration", endedBy(tmp.resolve("fixed")));
        assertFalse(o.err().contains("note"), o.err());
    }
}
