package atlas.sim.validation;

import atlas.sim.output.TimeSeries;
import java.util.function.IntToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Building blocks of the suite's charts: simulated curves and the model's lines in one XY plot. */
final class ModelCharts {

    private ModelCharts() {
    }

    /** An XY chart of the series, lines only or with a marker at every point. */
    static JFreeChart xy(String xLabel, String yLabel, XYSeriesCollection data, boolean markers) {
        JFreeChart chart = ChartFactory.createXYLineChart(null, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, markers);
        // One path per series: long time series stay small in SVG and PDF.
        renderer.setDrawSeriesLineAsPath(true);
        ((XYPlot) chart.getPlot()).setRenderer(renderer);
        return chart;
    }

    /** A sampled column of a run's time series against time in minutes. */
    static XYSeries overTime(String key, TimeSeries series, IntToDoubleFunction value) {
        XYSeries s = new XYSeries(key, true, true);
        for (int i = 0; i < series.size(); i++) {
            s.add(series.timeMicros(i) / 60e6, value.applyAsDouble(i), false);
        }
        return s;
    }

    /** A straight line from (x0, y0) to (x1, y1): a model's level or growth. */
    static XYSeries line(String key, double x0, double y0, double x1, double y1) {
        XYSeries s = new XYSeries(key, true, true);
        s.add(x0, y0);
        s.add(x1, y1);
        return s;
    }
}
