package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.SweepFixture;
import atlas.analysis.results.CsvTable;
import atlas.analysis.results.SweepPoints;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards which charts `atlas chart` draws for a sweep: a grid gets lines per group and heat maps;
// a sampled design (every point its own group) gets one ungrouped scatter and no heat map.
class SweepChartsTest {

    @TempDir
    Path dir;

    @Test
    void aGridGetsALineChartPerMetricAndParameterAndAHeatMapPerMetric() {
        Path sweep = SweepFixture.write(dir.resolve("sweep"));
        List<Path> files = SweepCharts.write(sweep, dir.resolve("out"), EnumSet.of(Format.SVG));
        assertEquals(List.of(
                "download_time_s.mean-vs-protocol.picker.svg", "download_time_s.mean-vs-incentives.bid.price.svg",
                "download_time_s.mean-over-protocol.picker-incentives.bid.price.svg",
                "seeder_retention.1h-vs-protocol.picker.svg", "seeder_retention.1h-vs-incentives.bid.price.svg",
                "seeder_retention.1h-over-protocol.picker-incentives.bid.price.svg"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aConstantMetricGetsAReadableRange() {
        String constant = """
                point,a,metric,n,mean,sd,ci_low,ci_high
                0,1,peers_arrived,2,40,0,40,40
                1,2,peers_arrived,2,40,0,40,40
                """;
        JFreeChart chart = SweepCharts.metricAgainstParameter(SweepPoints.of(CsvTable.parse("points.csv", constant)),
                "peers_arrived", "a");
        Range range = ((XYPlot) chart.getPlot()).getRangeAxis().getRange();
        assertTrue(range.contains(40) && range.getLength() >= 0.8 - 1e-9, range.toString());
    }

    /** A Latin-hypercube-like design: 20 points, two continuous parameters, each value once. */
    private static SweepPoints sampledDesign(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        StringBuilder csv = new StringBuilder("point,a,b,metric,n,mean,sd,ci_low,ci_high\n");
        for (int p = 0; p < 20; p++) {
            double mean = 10 + random.nextDouble();
            csv.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,m,5,%.6f,0.5,%.6f,%.6f%n", p, (p + random.nextDouble()) / 20,
                    random.nextDouble(), mean, mean - 0.6, mean + 0.6));
        }
        return SweepPoints.of(CsvTable.parse("points.csv", csv.toString()));
    }

    @Test
    void aSampledDesignIsDrawnUngroupedAndWithoutHeatMap() {
        SweepPoints points = sampledDesign(4);
        JFreeChart chart = SweepCharts.metricAgainstParameter(points, "m", "a");
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(1, plot.getDataset().getSeriesCount());
        assertEquals(20, plot.getDataset().getItemCount(0));
        assertInstanceOf(XYErrorRenderer.class, plot.getRenderer());
        assertNull(chart.getLegend());
        assertEquals(List.of("m-vs-a", "m-vs-b"), SweepCharts.all(points).stream().map(NamedChart::name).toList());
    }

    @Test
    void aMetricNoRunDefinesGetsNoChart() {
        SweepPoints points = SweepPoints.of(CsvTable.parse("points.csv", """
                point,a,metric,n,mean,sd,ci_low,ci_high
                0,1,m,2,10,1,1,19
                1,2,m,2,12,1,3,21
                0,1,retention,0,,,,
                1,2,retention,0,,,,
                """));
        assertEquals(List.of("m-vs-a"), SweepCharts.all(points).stream().map(NamedChart::name).toList());
    }
}
