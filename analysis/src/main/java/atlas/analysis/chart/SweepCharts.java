package atlas.analysis.chart;

import atlas.analysis.results.SweepPoints;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a sweep's {@code points.csv}: a metric against one parameter with its 95 % confidence
 * band, one line per combination of the other parameters (a policy, say), and a heat map of a
 * metric over two parameters. {@link #write(Path, Path, Set)} is what {@code atlas chart DIR} calls
 * for a sweep directory.
 */
public final class SweepCharts {

    private static final float BAND_ALPHA = 0.2f;
    /**
     * More groups than palette colours cannot be told apart; a sampled design (Latin hypercube,
     * Sobol) gives every point its own group, so then the points are drawn ungrouped.
     */
    private static final int MAX_LINES = 8;

    private SweepCharts() {
    }

    /**
     * The metric's mean against {@code parameter}, with a band from {@code ci_low} to
     * {@code ci_high} (a point with one replicate has no band). Points that share the values of
     * every other parameter form one line, labelled by those values.
     *
     * @throws IllegalArgumentException if the sweep has no such metric or parameter
     */
    public static JFreeChart metricAgainstParameter(SweepPoints points, String metric, String parameter) {
        List<SweepPoints.Row> rows = rowsOf(points, metric, parameter);
        ParameterAxis x = ParameterAxis.of(parameter, rows.stream().map(r -> r.parameters().get(parameter)).toList());
        Map<String, YIntervalSeries> lines = new LinkedHashMap<>();
        for (SweepPoints.Row row : rows) {
            // Lines keep the order in which their groups first appear, defined or not.
            YIntervalSeries line = lines.computeIfAbsent(groupOf(row, parameter), YIntervalSeries::new);
            if (Double.isNaN(row.mean())) {
                continue;
            }
            double low = Double.isNaN(row.ciLow()) ? row.mean() : row.ciLow();
            double high = Double.isNaN(row.ciHigh()) ? row.mean() : row.ciHigh();
            line.add(x.position(row.parameters().get(parameter)), row.mean(), low, high);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYItemRenderer renderer;
        boolean grouped = lines.size() <= MAX_LINES;
        if (grouped) {
            lines.values().forEach(data::addSeries);
            DeviationRenderer bands = new DeviationRenderer(true, true);
            bands.setAlpha(BAND_ALPHA);
            renderer = bands;
        } else {
            YIntervalSeries all = new YIntervalSeries("all points");
            for (YIntervalSeries line : lines.values()) {
                for (int i = 0; i < line.getItemCount(); i++) {
                    all.add(line.getX(i).doubleValue(), line.getYValue(i), line.getYLowValue(i), line.getYHighValue(i));
                }
            }
            data.addSeries(all);
            // Unrelated points: no connecting line, each with its own interval as a whisker.
            renderer = new XYErrorRenderer();
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesShape(s, new Ellipse2D.Double(-2, -2, 4, 4));
        }
        // The band's meaning goes into the file itself: a chart pasted into a paper loses its caption.
        NumberAxis y = new NumberAxis(MetricLabels.of(metric) + ", mean and 95 % interval");
        y.setAutoRangeIncludesZero(false);
        // A metric that is the same at every point (a peer count, say) would get a range of
        // nearly zero width and ticks such as "4E1"; give it a range of 2 % of its size instead.
        double largest = 0;
        for (SweepPoints.Row row : rows) {
            if (!Double.isNaN(row.mean())) {
                largest = Math.max(largest, Math.abs(row.mean()));
            }
        }
        y.setAutoRangeMinimumSize(largest == 0 ? 1 : 0.02 * largest);
        XYPlot plot = new XYPlot(data, x.lineAxis(), y, renderer);
        plot.setNoDataMessage("No defined values");
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, grouped && lines.size() > 1);
    }

    /**
     * Every chart of the sweep: each metric that some run defines against each parameter, and,
     * when the sweep is a full grid over exactly two parameters, a heat map per metric.
     */
    public static List<NamedChart> all(SweepPoints points) {
        List<NamedChart> charts = new ArrayList<>();
        List<String> parameters = points.parameters();
        for (String metric : points.metrics()) {
            if (points.rows(metric).stream().allMatch(row -> Double.isNaN(row.mean()))) {
                continue; // defined in no run (seeding past the runs' end, say): an empty chart says nothing
            }
            for (String parameter : parameters) {
                charts.add(new NamedChart(metric + "-vs-" + parameter, metric + " against " + parameter
                        + ", mean with 95 % confidence interval.", metricAgainstParameter(points, metric, parameter)));
            }
            if (parameters.size() == 2 && isFullGrid(points.rows(metric), parameters.get(0), parameters.get(1))) {
                charts.add(new NamedChart(metric + "-over-" + parameters.get(0) + "-" + parameters.get(1),
                        "Mean " + metric + " over " + parameters.get(0) + " and " + parameters.get(1) + ".",
                        heatMap(points, metric, parameters.get(0), parameters.get(1))));
            }
        }
        return charts;
    }

    /** Redraws a sweep's charts at one-column size from {@code sweepDir/points.csv}. */
    public static List<Path> write(Path sweepDir, Path outDir, Set<Format> formats) {
        return write(sweepDir, outDir, formats, Layout.ONE_COLUMN);
    }

    /**
     * Reads {@code sweepDir/points.csv} and writes each chart of {@link #all} as
     * {@code outDir/<name>.<format>}.
     *
     * @return the files written
     */
    public static List<Path> write(Path sweepDir, Path outDir, Set<Format> formats, Layout layout) {
        return NamedChart.writeAll(all(SweepPoints.read(sweepDir.resolve("points.csv"))), outDir, formats, layout);
    }

    /** Whether each combination of the two parameters' values occurs exactly once. */
    private static boolean isFullGrid(List<SweepPoints.Row> rows, String x, String y) {
        Set<List<String>> cells = new HashSet<>();
        Set<String> xs = new HashSet<>();
        Set<String> ys = new HashSet<>();
        for (SweepPoints.Row row : rows) {
            String xv = row.parameters().get(x);
            String yv = row.parameters().get(y);
            xs.add(xv);
            ys.add(yv);
            if (!cells.add(List.of(xv, yv))) {
                return false;
            }
        }
        return cells.size() == xs.size() * ys.size();
    }

    /**
     * The metric's mean over a grid of two parameters, one cell per point, with a colour key.
     *
     * @throws IllegalArgumentException if other parameters also vary, so that two points fall in
     *     one cell
     */
    public static JFreeChart heatMap(SweepPoints points, String metric, String xParameter, String yParameter) {
        List<SweepPoints.Row> rows = rowsOf(points, metric, xParameter);
        if (!points.parameters().contains(yParameter)) {
            throw new IllegalArgumentException("the sweep has no parameter " + yParameter);
        }
        ParameterAxis x = ParameterAxis.of(xParameter, rows.stream().map(r -> r.parameters().get(xParameter)).toList()).sorted();
        ParameterAxis y = ParameterAxis.of(yParameter, rows.stream().map(r -> r.parameters().get(yParameter)).toList()).sorted();
        List<double[]> cells = new ArrayList<>();
        boolean[][] taken = new boolean[x.values().size()][y.values().size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SweepPoints.Row row : rows) {
            int i = (int) x.position(row.parameters().get(xParameter));
            int j = (int) y.position(row.parameters().get(yParameter));
            if (taken[i][j]) {
                throw new IllegalArgumentException("points " + row.point() + " and another share " + xParameter + " = "
                        + x.values().get(i) + " and " + yParameter + " = " + y.values().get(j)
                        + "; a heat map needs every other parameter fixed");
            }
            taken[i][j] = true;
            if (!Double.isNaN(row.mean())) {
                cells.add(new double[] {i, j, row.mean()});
                min = Math.min(min, row.mean());
                max = Math.max(max, row.mean());
            }
        }
        double[][] series = new double[3][cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            for (int k = 0; k < 3; k++) {
                series[k][c] = cells.get(c)[k];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(metric, series);
        ViridisScale scale = cells.isEmpty() ? new ViridisScale(0, 1) : new ViridisScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x.categoryAxis(), y.categoryAxis(), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage("No defined values");
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis key = new NumberAxis(MetricLabels.of(metric));
        key.setAutoRangeIncludesZero(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, key);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setMargin(4, 4, 4, 4);
        legend.setStripWidth(8);
        chart.addSubtitle(legend);
        return chart;
    }

    private static List<SweepPoints.Row> rowsOf(SweepPoints points, String metric, String parameter) {
        if (!points.parameters().contains(parameter)) {
            throw new IllegalArgumentException("the sweep has no parameter " + parameter + " (parameters: "
                    + points.parameters() + ")");
        }
        List<SweepPoints.Row> rows = points.rows(metric);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the sweep has no metric " + metric);
        }
        return rows;
    }

    /** "a=1, b=x" over every parameter but {@code except}; "all points" when there is none. */
    private static String groupOf(SweepPoints.Row row, String except) {
        StringBuilder key = new StringBuilder();
        row.parameters().forEach((name, value) -> {
            if (!name.equals(except)) {
                key.append(key.length() == 0 ? "" : ", ").append(name).append(" = ").append(value);
            }
        });
        return key.length() == 0 ? "all points" : key.toString();
    }
}
