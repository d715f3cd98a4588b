package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.analysis.compare.Comparison;
import atlas.analysis.compare.PercentChange;
import atlas.analysis.fixtures.RunFixture;
import atlas.analysis.results.RunDirectory;
import atlas.analysis.results.RunSummary;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards the comparison charts `atlas compare` writes: one curve per policy with every replicate's
// peers pooled, and the differences chart wide enough to list every metric, drawing each metric's
// percent change with its ratio-estimator interval.
class ComparisonChartsTest {

    @TempDir
    Path dir;

    @Test
    void poolsPeersPerPolicyAndDrawsTheDifferencesWide() throws Exception {
        Map<String, List<RunDirectory>> runs = new LinkedHashMap<>();
        runs.put("mainline", new ArrayList<>());
        runs.put("speed", new ArrayList<>());
        for (long seed = 1; seed <= 2; seed++) {
            runs.get("mainline").add(RunDirectory.read(new RunFixture(seed, 14, false, "a").write(dir.resolve("a" + seed))));
            runs.get("speed").add(RunDirectory.read(new RunFixture(seed, 21, true, "b").write(dir.resolve("b" + seed))));
        }
        List<Comparison> comparisons = List.of(Comparison.of("mainline",
                runs.get("mainline").stream().map(RunDirectory::summary).toList(), "speed",
                runs.get("speed").stream().map(RunDirectory::summary).toList()));

        List<NamedChart> charts = ComparisonCharts.all(comparisons, runs);
        JFreeChart cdf = charts.get(2).chart();
        XYPlot plot = (XYPlot) cdf.getPlot();
        assertEquals(2, plot.getDataset().getSeriesCount());
        // The fixture completes every peer whose index is not a multiple of 7: 12 of 14 per mainline
        // run and 18 of 21 per speed run, so pooled over two runs each step is 1/24 and 1/36. The
        // curve is drawn as corners: the start, then the corner and the top of the first step.
        assertEquals(1.0 / 24, plot.getDataset().getYValue(0, 2), 1e-12);
        assertEquals(1.0 / 36, plot.getDataset().getYValue(1, 2), 1e-12);

        List<Path> files = ComparisonCharts.write(comparisons, runs, dir.resolve("out"), EnumSet.of(Format.PNG));
        assertEquals(3, files.size());
        BufferedImage differences = ImageIO.read(files.get(0).toFile());
        assertEquals(Layout.TWO_COLUMN.pngWidth(), differences.getWidth());
        assertEquals(Layout.ONE_COLUMN.pngWidth(), ImageIO.read(files.get(1).toFile()).getWidth());
    }

    @Test
    void drawsEachPercentChangeWithItsIntervalAndLeavesOutUndefinedOnes() {
        List<RunSummary> base = List.of(run(1, 10, -1), run(2, 12, 1), run(3, 11, 0.5));
        List<RunSummary> candidate = List.of(run(1, 9, 0), run(2, 10.5, 2), run(3, 10, 1.5));
        Comparison comparison = Comparison.of("a", base, "b", candidate);
        CategoryPlot plot = (CategoryPlot) ComparisonCharts.differences(List.of(comparison)).getPlot();
        DefaultStatisticalCategoryDataset data = (DefaultStatisticalCategoryDataset) plot.getDataset();
        assertEquals(List.of("t"), data.getColumnKeys(), "z's baseline mean is not clearly nonzero: no percentage");
        PercentChange change = comparison.metrics().stream().filter(m -> m.name().equals("t")).findFirst().orElseThrow()
                .percentChange();
        assertEquals(change.percent(), data.getMeanValue(0, 0).doubleValue());
        assertEquals((change.ciHigh() - change.ciLow()) / 2, data.getStdDevValue(0, 0).doubleValue(), 1e-12);
    }

    private static RunSummary run(long seed, double t, double z) {
        return new RunSummary("s", seed, Map.of(), Map.of("t", t, "z", z));
    }
}
