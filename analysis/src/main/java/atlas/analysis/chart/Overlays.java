package atlas.analysis.chart;

import atlas.analysis.results.PeerTable.SeedingTimes;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Step-curve charts with one curve per group: one group for a run, one per policy for a
 * comparison. The time axis unit is chosen from the longest time in any group, so overlaid curves
 * share it.
 */
final class Overlays {

    private Overlays() {
    }

    static JFreeChart downloadTimeCdf(Map<String, double[]> timesByGroup, boolean legend) {
        double max = 0;
        for (double[] times : timesByGroup.values()) {
            max = Math.max(max, TimeScale.max(times));
        }
        TimeScale scale = TimeScale.forMaximum(max);
        XYSeriesCollection data = new XYSeriesCollection();
        timesByGroup.forEach((group, times) -> data.addSeries(StepCurves.asPath(StepCurves.ecdf(group, times, scale))));
        return stepChart(data, scale.label("Download time"), "Fraction of completed peers", legend);
    }

    static JFreeChart seederRetention(Map<String, SeedingTimes> timesByGroup, boolean legend) {
        double max = 0;
        for (SeedingTimes times : timesByGroup.values()) {
            max = Math.max(max, TimeScale.max(times.durations()));
        }
        TimeScale scale = TimeScale.forMaximum(max);
        XYSeriesCollection data = new XYSeriesCollection();
        timesByGroup.forEach((group, times) -> data.addSeries(StepCurves.asPath(StepCurves.survival(group, times, scale))));
        return stepChart(data, scale.label("Time since completing"), "Fraction still seeding", legend);
    }

    private static JFreeChart stepChart(XYSeriesCollection data, String xLabel, String yLabel, boolean legend) {
        JFreeChart chart = ChartFactory.createXYLineChart(null, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                legend, false, false);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        plot.setRenderer(renderer);
        NumberAxis fraction = (NumberAxis) plot.getRangeAxis();
        fraction.setRange(0, 1.02);
        plot.setNoDataMessage("No completed peers");
        return chart;
    }
}
