package atlas.analysis.chart;

import atlas.analysis.results.PeerTable.SeedingTimes;
import atlas.analysis.stats.KaplanMeier;
import java.util.Arrays;
import org.jfree.data.xy.XYSeries;

/**
 * The step curves the run and comparison charts draw: the empirical distribution function of a
 * sample and the Kaplan-Meier survival curve of censored durations, as step points (each y holds
 * until the next x), which {@link #asPath} turns into the corners of one polyline. Times are
 * divided by a {@link TimeScale}.
 *
 * <p>A step is drawn once the curve has moved by at least {@link #MIN_STEP} since the last drawn
 * one, and the last point is always drawn. A curve therefore has at most about a thousand steps
 * whatever the number of peers, which keeps SVG files and reports small, while no height is off
 * by more than 1/1000 of the axis: under a pixel even at print resolution.
 */
final class StepCurves {

    /** The smallest change in height that gets its own step. */
    static final double MIN_STEP = 1e-3;

    private StepCurves() {
    }

    /** F(x) = fraction of values &le; x, starting from (min, 0); NaN values are left out. */
    static XYSeries ecdf(String key, double[] values, TimeScale scale) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        XYSeries series = new XYSeries(key, true, true);
        if (sorted.length == 0) {
            return series;
        }
        series.add(sorted[0] / scale.seconds(), 0.0, false);
        double drawn = 0;
        for (int i = 0; i < sorted.length; i++) {
            // Ties: only the last of equal values carries the jump.
            boolean last = i + 1 == sorted.length;
            double f = (i + 1.0) / sorted.length;
            if (last || (sorted[i + 1] != sorted[i] && f - drawn >= MIN_STEP)) {
                series.add(sorted[i] / scale.seconds(), f, false);
                drawn = f;
            }
        }
        return series;
    }

    /**
     * S(t) from t = 0 to the longest observation, where the estimate stops being defined. Empty
     * when there are no durations.
     */
    static XYSeries survival(String key, SeedingTimes times, TimeScale scale) {
        XYSeries series = new XYSeries(key, true, true);
        if (times.durations().length == 0) {
            return series;
        }
        KaplanMeier km = KaplanMeier.fit(times.durations(), times.censored());
        series.add(0.0, 1.0, false);
        double[] sorted = times.durations().clone();
        Arrays.sort(sorted);
        double drawn = 1;
        for (int i = 0; i < sorted.length; i++) {
            boolean last = i + 1 == sorted.length;
            double s = km.survival(sorted[i]);
            if (last || (sorted[i + 1] != sorted[i] && drawn - s >= MIN_STEP)) {
                series.add(sorted[i] / scale.seconds(), s, false);
                drawn = s;
            }
        }
        return series;
    }

    /**
     * The corners of the staircase through the step points: (x0, y0), then (x_i, y_{i-1}) and
     * (x_i, y_i) for each later point. Drawn as a single path, a curve is one SVG or PDF element
     * instead of two line elements per step.
     */
    static XYSeries asPath(XYSeries steps) {
        XYSeries path = new XYSeries(steps.getKey(), false, true);
        for (int i = 0; i < steps.getItemCount(); i++) {
            if (i > 0) {
                path.add(steps.getX(i), steps.getY(i - 1), false);
            }
            path.add(steps.getX(i), steps.getY(i), false);
        }
        return path;
    }
}
