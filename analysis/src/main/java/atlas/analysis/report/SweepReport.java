package atlas.analysis.report;

import atlas.analysis.chart.Layout;
import atlas.analysis.chart.NamedChart;
import atlas.analysis.chart.SweepCharts;
import atlas.analysis.results.CsvTable;
import atlas.analysis.results.SweepPoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The HTML report of a sweep directory: the charts of {@link SweepCharts#all} (each metric against
 * each parameter with confidence bands, heat maps for a two-parameter grid), {@code points.csv} as a table, and
 * {@code runs.csv} (folded) and the sweep file when present.
 */
public final class SweepReport {

    /** Sweep files the report shows, the first found. */
    private static final List<String> SWEEP_FILES = List.of("sweep.resolved.yaml", "sweep.yaml");

    private SweepReport() {
    }

    /** Reads {@code sweepDir/points.csv} (and the optional files) and writes the report. */
    public static void write(Path sweepDir, Path htmlFile) {
        page(sweepDir).write(htmlFile);
    }

    /** The report page of a sweep directory. */
    public static HtmlPage page(Path sweepDir) {
        CsvTable pointsTable = CsvTable.read(sweepDir.resolve("points.csv"));
        SweepPoints points = SweepPoints.of(pointsTable);
        HtmlPage page = new HtmlPage("Sweep " + sweepDir.toAbsolutePath().normalize().getFileName());
        page.paragraph(points.parameters().size() + " parameters (" + String.join(", ", points.parameters()) + "), "
                + points.metrics().size() + " metrics. Bands and intervals are 95 % Student-t confidence intervals "
                + "of the mean over replicates.");

        page.heading("Charts");
        for (NamedChart chart : SweepCharts.all(points)) {
            page.chart(chart.chart(), Layout.ONE_COLUMN, chart.caption());
        }

        page.heading("Points");
        page.table(pointsTable.columns(), pointsTable.rows());
        Path runs = sweepDir.resolve("runs.csv");
        if (Files.exists(runs)) {
            CsvTable runsTable = CsvTable.read(runs);
            page.foldedTable("runs.csv (" + runsTable.rowCount() + " runs)", runsTable.columns(), runsTable.rows());
        }
        for (String name : SWEEP_FILES) {
            Path file = sweepDir.resolve(name);
            if (Files.exists(file)) {
                page.heading("Sweep file");
                page.preformatted(read(file));
                break;
            }
        }
        return page;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
