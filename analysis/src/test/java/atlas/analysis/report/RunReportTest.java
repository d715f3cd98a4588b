package atlas.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.RunFixture;
import atlas.analysis.results.CsvTable;
import atlas.analysis.results.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

// Guards that a run's report is one well-formed, self-contained page whose tables hold exactly
// the numbers of the result files, with every chart inline and all text escaped.
class RunReportTest {

    @TempDir
    Path dir;

    @Test
    void reportHoldsTheResultNumbersAndTheCharts() throws Exception {
        Path run = RunFixture.standard(5).write(dir.resolve("run"));
        Path html = dir.resolve("report.html");
        RunReport.write(run, html);
        Document page = Pages.parse(html);
        List<List<String>> rows = Pages.rows(page);

        RunSummary summary = RunSummary.read(run.resolve("summary.json"));
        String mean = Numbers.exact(summary.metric("download_time_s.mean").orElseThrow());
        assertTrue(rows.contains(List.of("download_time_s.mean", mean)), "metric row with " + mean);
        assertTrue(rows.contains(List.of("uploaded_bytes", "123456789")));

        CsvTable series = CsvTable.read(run.resolve("timeseries.csv"));
        assertTrue(rows.containsAll(series.rows()), "every timeseries.csv row is in the report");
        CsvTable peers = CsvTable.read(run.resolve("peers.csv"));
        assertTrue(rows.containsAll(peers.rows()), "every peers.csv row is in the report");

        assertEquals(5, Pages.charts(page), "seeds-leechers, download CDF, retention, speed against price paid, retention by role");
    }

    @Test
    void scenarioTextIsEscapedNotInterpreted() throws Exception {
        RunFixture fixture = RunFixture.standard(5);
        Path html = dir.resolve("report.html");
        RunReport.write(fixture.write(dir.resolve("run")), html);
        Document page = Pages.parse(html);
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertEquals(fixture.scenarioText(), Pages.text(page, "pre", 0));
        String raw = Files.readString(html);
        assertTrue(raw.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertTrue(!raw.contains("http://") || raw.indexOf("http://") == raw.indexOf("http://www.w3.org"),
                "no external resources");
    }

    @Test
    void withoutBidsThereIsNoBidChart() throws Exception {
        Path run = new RunFixture(6, 20, false, "name: x\n").write(dir.resolve("run"));
        Path html = dir.resolve("report.html");
        RunReport.write(run, html);
        assertEquals(3, Pages.charts(Pages.parse(html)));
    }
}
