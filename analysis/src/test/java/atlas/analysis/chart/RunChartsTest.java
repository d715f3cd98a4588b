package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.analysis.fixtures.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards `atlas chart DIR`: it redraws every applicable chart from the files alone, the bid chart
// only when peers bid, and the same results give byte-identical files (PDF included).
class RunChartsTest {

    @TempDir
    Path dir;

    @Test
    void redrawingTheSameRunGivesIdenticalFiles() throws Exception {
        Path run = RunFixture.standard(9).write(dir.resolve("run"));
        List<Path> first = RunCharts.write(run, dir.resolve("a"), EnumSet.allOf(Format.class), Layout.TWO_COLUMN);
        List<Path> second = RunCharts.write(run, dir.resolve("b"), EnumSet.allOf(Format.class), Layout.TWO_COLUMN);
        assertEquals(12, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
    }

    @Test
    void theBidChartNeedsABidColumn() {
        Path run = new RunFixture(9, 10, false, "x").write(dir.resolve("run"));
        List<Path> files = RunCharts.write(run, dir.resolve("out"), EnumSet.of(Format.SVG));
        assertEquals(List.of("seeds-leechers.svg", "download-time-cdf.svg", "seeder-retention.svg"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }
}
