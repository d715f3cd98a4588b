package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.compare.Comparison;
import atlas.analysis.fixtures.RunFixture;
import atlas.analysis.fixtures.SweepFixture;
import atlas.analysis.results.PeerTable;
import atlas.analysis.results.RunDirectory;
import atlas.analysis.results.RunSummary;
import atlas.analysis.results.SweepPoints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

// Guards that every chart exports as a PNG of the layout's pixel size, an SVG that is XML with its
// axis label as text, and a PDF that PDFBox opens with the axis label extractable as text.
class ChartFilesTest {

    @TempDir
    static Path shared;

    @TempDir
    Path out;

    private static RunDirectory run(long seed) {
        return RunDirectory.read(RunFixture.standard(seed).write(shared.resolve("run-" + seed)));
    }

    static Stream<Arguments> charts() {
        SweepPoints points = SweepPoints.read(SweepFixture.write(shared.resolve("sweep")).resolve("points.csv"));
        RunDirectory a = run(1);
        RunDirectory b = run(2);
        List<RunSummary> base = List.of(a.summary(), b.summary());
        List<RunSummary> candidate = List.of(run(1).summary(), run(2).summary());
        Map<String, PeerTable.SeedingTimes> seeding = new LinkedHashMap<>();
        seeding.put("baseline", a.peers().seedingTimes(a.endOfRun()));
        seeding.put("candidate", b.peers().seedingTimes(b.endOfRun()));
        Map<String, double[]> downloads = new LinkedHashMap<>();
        downloads.put("baseline", a.peers().downloadTimes());
        downloads.put("candidate", b.peers().downloadTimes());
        List<Arguments> cases = new ArrayList<>();
        Map<String, Supplier<JFreeChart>> charts = new LinkedHashMap<>();
        charts.put("Peers", () -> RunCharts.seedsAndLeechers(a.timeSeries()));
        charts.put("Download time (s)", () -> RunCharts.downloadTimeCdf(a.peers()));
        charts.put("Fraction still seeding", () -> RunCharts.seederRetention(a.peers(), a.endOfRun()));
        charts.put("Download speed (KiB/s)", () -> RunCharts.speedAgainstPricePaid(a.peers()).orElseThrow());
        charts.put("incentives.bid.price (BTT/MiB)",
                () -> SweepCharts.metricAgainstParameter(points, "download_time_s.mean", SweepFixture.PRICE));
        charts.put("protocol.picker", () -> SweepCharts.metricAgainstParameter(points, "seeder_retention.1h", SweepFixture.PICKER));
        charts.put("seeder retention, 1h", () -> SweepCharts.heatMap(points, "seeder_retention.1h", SweepFixture.PICKER,
                SweepFixture.PRICE));
        charts.put("Time since completing (min)", () -> ComparisonCharts.retention(seeding));
        charts.put("Fraction of completed peers", () -> ComparisonCharts.downloadTimeCdf(downloads));
        charts.put("Difference from baseline (% of baseline mean, 95 % interval)",
                () -> ComparisonCharts.differences(List.of(Comparison.of("a", base, "b", candidate))));
        for (Map.Entry<String, Supplier<JFreeChart>> c : charts.entrySet()) {
            for (Layout layout : Layout.values()) {
                cases.add(Arguments.of(c.getKey(), c.getValue(), layout));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("charts")
    void writesValidPngSvgAndPdf(String axisLabel, Supplier<JFreeChart> chart, Layout layout) throws Exception {
        List<Path> files = ChartExport.write(chart.get(), layout, EnumSet.allOf(Format.class), out, "chart");
        assertEquals(List.of(out.resolve("chart.png"), out.resolve("chart.svg"), out.resolve("chart.pdf")), files);

        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertNotNull(png);
        assertEquals(layout.pngWidth(), png.getWidth());
        assertEquals(layout.pngHeight(), png.getHeight());

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(1).toFile());
        NodeList texts = svg.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertTrue(words.contains(axisLabel), "SVG text elements " + words);

        byte[] pdf = Files.readAllBytes(files.get(2));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            // Extraction breaks rotated text (the y-axis label) into short lines; compare without spacing.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains(axisLabel.replaceAll("\\s", "")), "PDF text: " + text);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left behind");
        }
    }
}
