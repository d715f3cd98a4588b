package atlas.analysis.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * A chart with the name its files take and the caption a report shows under it.
 *
 * @param name the file base name, without extension
 * @param caption one sentence saying what the chart shows
 * @param chart the chart
 */
public record NamedChart(String name, String caption, JFreeChart chart) {

    /**
     * Writes each chart as {@code outDir/<name>.<format>}.
     *
     * @return the files written, chart by chart in {@link Format} order
     */
    public static List<Path> writeAll(List<NamedChart> charts, Path outDir, Set<Format> formats, Layout layout) {
        List<Path> written = new ArrayList<>();
        for (NamedChart c : charts) {
            written.addAll(ChartExport.write(c.chart(), layout, formats, outDir, c.name()));
        }
        return written;
    }
}
