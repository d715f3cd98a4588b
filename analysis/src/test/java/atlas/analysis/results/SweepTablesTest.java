package atlas.analysis.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.SweepFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Guards the sweep table contract: parameter columns are whatever stands between point and metric
// in points.csv, and runs.csv is split into parameters and metrics by those names.
class SweepTablesTest {

    private final SweepPoints points = SweepPoints.of(CsvTable.parse("points.csv", SweepFixture.POINTS));

    @Test
    void parametersComeFromTheHeader() {
        assertEquals(List.of(SweepFixture.PICKER, SweepFixture.PRICE), points.parameters());
        assertEquals(List.of("download_time_s.mean", "seeder_retention.1h"), points.metrics());
        SweepPoints.Row row = points.rows("download_time_s.mean").get(1);
        assertEquals(1, row.point());
        assertEquals(Map.of(SweepFixture.PICKER, "rarest-first", SweepFixture.PRICE, "1 BTT/MiB"), row.parameters());
        assertEquals(3, row.n());
        assertEquals(101.25, row.mean());
        assertEquals(93.55, row.ciLow());
    }

    @Test
    void undefinedStatisticsReadAsNaN() {
        SweepPoints.Row single = points.rows("seeder_retention.1h").get(5);
        assertEquals(1, single.n());
        assertTrue(Double.isNaN(single.sd()) && Double.isNaN(single.ciLow()));
        assertTrue(Double.isNaN(points.rows("seeder_retention.1h").get(0).mean()));
    }

    @Test
    void aPointsFileWithoutTheStatisticColumnsIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SweepPoints.of(CsvTable.parse("points.csv", "point,x,metric,n,mean\n")));
        assertThrows(IllegalArgumentException.class,
                () -> SweepPoints.of(CsvTable.parse("points.csv", "x,metric,n,mean,sd,ci_low,ci_high\n")));
    }

    @Test
    void runsSplitIntoParametersAndMetrics() {
        SweepRuns runs = SweepRuns.of(CsvTable.parse("runs.csv", SweepFixture.RUNS), points.parameters());
        assertEquals(3, runs.size());
        assertEquals(List.of("download_time_s.mean", "seeder_retention.1h"), runs.metrics());
        assertArrayEquals(new int[] {0, 0, 1}, runs.points());
        // A 64-bit seed beyond 2^53 must survive unchanged.
        assertEquals("9007199254740993", runs.seeds()[0]);
        assertArrayEquals(new String[] {"0.1 BTT/MiB", "0.1 BTT/MiB", "1 BTT/MiB"}, runs.parameter(SweepFixture.PRICE));
        double[] retention = runs.metric("seeder_retention.1h");
        assertTrue(Double.isNaN(retention[0]));
        assertEquals(0.56, retention[2]);
        assertThrows(IllegalArgumentException.class, () -> runs.metric("nope"));
    }

    @Test
    void runsWhoseParametersDoNotMatchThePointsAreRejected() {
        CsvTable table = CsvTable.parse("runs.csv", SweepFixture.RUNS);
        assertThrows(IllegalArgumentException.class, () -> SweepRuns.of(table, List.of(SweepFixture.PRICE)));
    }
}
