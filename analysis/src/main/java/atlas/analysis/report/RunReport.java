package atlas.analysis.report;

import atlas.analysis.chart.Layout;
import atlas.analysis.chart.NamedChart;
import atlas.analysis.chart.RunCharts;
import atlas.analysis.results.CsvTable;
import atlas.analysis.results.PeerTable;
import atlas.analysis.results.RunDirectory;
import atlas.analysis.results.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTML report of one run: provenance, the summary metrics, the run's charts, a per-class table
 * of peers, the time series and per-peer tables as the CSV files hold them (folded), and the
 * resolved scenario. {@link #write(Path, Path)} is what {@code atlas report DIR} calls for a run.
 */
public final class RunReport {

    private RunReport() {
    }

    /** Reads the run directory and writes its report to {@code htmlFile}. */
    public static void write(Path runDir, Path htmlFile) {
        page(RunDirectory.read(runDir)).write(htmlFile);
    }

    /** The report page of a run, for callers that add sections or render it elsewhere. */
    public static HtmlPage page(RunDirectory run) {
        RunSummary summary = run.summary();
        HtmlPage page = new HtmlPage("Run " + summary.scenario() + ", seed " + summary.seed());
        page.heading("Provenance");
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("scenario", summary.scenario());
        provenance.put("seed", Long.toString(summary.seed()));
        provenance.putAll(summary.provenance());
        provenance.put("directory", run.dir().toString());
        page.definitions(provenance);

        page.heading("Metrics");
        page.paragraph("From summary.json; metrics the run could not define (null there) are not listed.");
        List<List<String>> metricRows = new ArrayList<>();
        summary.metrics().forEach((name, value) -> metricRows.add(List.of(name, Numbers.exact(value))));
        page.table(List.of("metric", "value"), metricRows);

        page.heading("Charts");
        for (NamedChart chart : RunCharts.all(run)) {
            page.chart(chart.chart(), Layout.ONE_COLUMN, chart.caption());
        }

        page.heading("Peers by class");
        page.table(List.of("class", "peers", "initial seeds", "completed", "mean download time (s)"), byClass(run.peers()));
        page.foldedTable("timeseries.csv (" + run.timeSeries().size() + " rows)", run.timeSeries().table().columns(),
                run.timeSeries().table().rows());
        CsvTable peers = run.peers().table();
        page.foldedTable("peers.csv (" + peers.rowCount() + " rows)", peers.columns(), peers.rows());

        run.resolvedScenario().ifPresent(text -> {
            page.heading("Resolved scenario");
            page.preformatted(text);
        });
        return page;
    }

    private static List<List<String>> byClass(PeerTable peers) {
        String[] classes = peers.classes();
        boolean[] initialSeed = peers.initialSeed();
        double[] arrival = peers.arrival();
        double[] completion = peers.completion();
        Map<String, double[]> totals = new TreeMap<>(); // peers, initial seeds, completed, summed download time
        for (int i = 0; i < classes.length; i++) {
            double[] t = totals.computeIfAbsent(classes[i], k -> new double[4]);
            t[0]++;
            if (initialSeed[i]) {
                t[1]++;
            } else if (peers.completedDownload(i)) {
                t[2]++;
                t[3] += completion[i] - arrival[i];
            }
        }
        List<List<String>> rows = new ArrayList<>();
        totals.forEach((name, t) -> rows.add(List.of(name, Numbers.exact(t[0]), Numbers.exact(t[1]), Numbers.exact(t[2]),
                t[2] == 0 ? "" : Numbers.rounded(t[3] / t[2], 4))));
        return rows;
    }
}
