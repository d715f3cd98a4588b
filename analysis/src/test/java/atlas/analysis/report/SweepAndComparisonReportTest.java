package atlas.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.compare.Comparison;
import atlas.analysis.fixtures.RunFixture;
import atlas.analysis.fixtures.SweepFixture;
import atlas.analysis.results.CsvTable;
import atlas.analysis.results.RunDirectory;
import atlas.analysis.results.RunSummary;
import atlas.analysis.stats.PairedComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

// Guards that sweep and comparison reports hold the numbers of points.csv and of the paired
// statistics, with their charts inline.
class SweepAndComparisonReportTest {

    @TempDir
    Path dir;

    @Test
    void sweepReportHoldsEveryPointRowAndAChartPerMetricAndParameter() throws Exception {
        Path sweep = SweepFixture.write(dir.resolve("sweep"));
        Path html = dir.resolve("sweep.html");
        SweepReport.write(sweep, html);
        Document page = Pages.parse(html);
        List<List<String>> rows = Pages.rows(page);
        CsvTable points = CsvTable.read(sweep.resolve("points.csv"));
        assertTrue(rows.containsAll(points.rows()));
        assertTrue(rows.containsAll(CsvTable.read(sweep.resolve("runs.csv")).rows()));
        assertEquals(2 * 2 + 2, Pages.charts(page), "two metrics by two parameters, plus a heat map per metric");
        assertTrue(Pages.text(page, "pre", 0).contains("a < b & c"));
    }

    @Test
    void comparisonReportHoldsThePairedStatistics() throws Exception {
        Map<String, List<RunDirectory>> runs = new LinkedHashMap<>();
        runs.put("mainline", new ArrayList<>());
        runs.put("speed", new ArrayList<>());
        for (long seed = 1; seed <= 3; seed++) {
            runs.get("mainline").add(RunDirectory.read(new RunFixture(seed, 30, false, "a").write(dir.resolve("a" + seed))));
            runs.get("speed").add(RunDirectory.read(new RunFixture(seed, 36, true, "b").write(dir.resolve("b" + seed))));
        }
        List<RunSummary> a = runs.get("mainline").stream().map(RunDirectory::summary).toList();
        List<RunSummary> b = runs.get("speed").stream().map(RunDirectory::summary).toList();
        Comparison comparison = Comparison.of("mainline", a, "speed", b);
        Path html = dir.resolve("compare.html");
        ComparisonReport.write(List.of(comparison), runs, html);
        Document page = Pages.parse(html);

        Comparison.Metric arrived = comparison.metrics().stream().filter(m -> m.name().equals("peers_arrived")).findFirst()
                .orElseThrow();
        PairedComparison s = arrived.stats();
        assertEquals(6, s.meanDifference());
        // Every difference is 6: a zero-width interval, +20 % exactly, t test p = 0, infinite d_z; Wilcoxon
        // with three tied differences uses the tie-corrected normal approximation, p = 0.1489 as in R, which
        // Holm over the seven compared metrics raises to 1 (0.1489 x 7, the first Wilcoxon p being 0.1489 too).
        List<String> expected = List.of("speed", "peers_arrived", "3", "30", "36", "6", "6", "6", "20", "20", "20", "0",
                "0", "0.1489", "1", "inf");
        assertTrue(Pages.rows(page).contains(expected), "row " + expected + " in " + Pages.rows(page));
        assertEquals(3, Pages.charts(page));
    }
}
