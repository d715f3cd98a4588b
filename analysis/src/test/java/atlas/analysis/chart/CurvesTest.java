package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.SweepFixture;
import atlas.analysis.results.CsvTable;
import atlas.analysis.results.PeerTable.SeedingTimes;
import atlas.analysis.results.SweepPoints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

// Guards what the charts plot: distribution and survival steps at the right heights, one sweep
// line per group with its band, and heat maps that refuse to merge points into one cell.
class CurvesTest {

    private static final TimeScale SECONDS = TimeScale.forMaximum(1);

    @Test
    void ecdfRisesByOneOverNAtEachValueWithTiesMerged() {
        XYSeries s = StepCurves.ecdf("x", new double[] {3, 1, 2, 2, Double.NaN}, SECONDS);
        double[][] expected = {{1, 0}, {1, 0.25}, {2, 0.75}, {3, 1}};
        assertEquals(expected.length, s.getItemCount());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], s.getX(i).doubleValue());
            assertEquals(expected[i][1], s.getY(i).doubleValue(), 1e-12);
        }
    }

    @Test
    void stepsBecomeTheCornersOfOnePolyline() {
        XYSeries path = StepCurves.asPath(StepCurves.ecdf("x", new double[] {1, 2}, SECONDS));
        double[][] expected = {{1, 0}, {1, 0}, {1, 0.5}, {2, 0.5}, {2, 1}};
        assertEquals(expected.length, path.getItemCount());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], path.getX(i).doubleValue());
            assertEquals(expected[i][1], path.getY(i).doubleValue(), 1e-12);
        }
    }

    @Test
    void largeSamplesAreThinnedToStepsOfAtLeastOneThousandth() {
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        XYSeries s = StepCurves.ecdf("x", values, SECONDS);
        assertTrue(s.getItemCount() <= 1 + 1001, "the start, then about one step per thousandth: " + s.getItemCount());
        for (int i = 1; i < s.getItemCount(); i++) {
            double rise = s.getY(i).doubleValue() - s.getY(i - 1).doubleValue();
            boolean last = i + 1 == s.getItemCount();
            assertTrue(rise < 2 * StepCurves.MIN_STEP && (last || rise >= StepCurves.MIN_STEP - 1e-12), "rise " + rise);
            // Each drawn point is exact: F at that value.
            assertEquals((s.getX(i).doubleValue() + 1) / values.length, s.getY(i).doubleValue(), 1e-12);
        }
        assertEquals(1.0, s.getY(s.getItemCount() - 1).doubleValue());
    }

    @Test
    void survivalStepsFollowKaplanMeierAndStopAtTheLongestObservation() {
        XYSeries censoredTail = StepCurves.survival("x",
                new SeedingTimes(new double[] {1, 5}, new boolean[] {false, true}), SECONDS);
        assertEquals(5, censoredTail.getX(censoredTail.getItemCount() - 1).doubleValue(),
                "a flat censored tail is still drawn to the longest observation");

        // Events at 1 and 3, one unit censored at 2: S = 2/3 after 1, then 2/3 * (1 - 1/1) = 0 after 3.
        // The censoring at 2 changes nothing, so it draws no step.
        SeedingTimes times = new SeedingTimes(new double[] {3, 1, 2}, new boolean[] {false, false, true});
        XYSeries s = StepCurves.survival("x", times, SECONDS);
        double[][] expected = {{0, 1}, {1, 2.0 / 3}, {3, 0}};
        assertEquals(expected.length, s.getItemCount());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], s.getX(i).doubleValue());
            assertEquals(expected[i][1], s.getY(i).doubleValue(), 1e-12);
        }
    }

    @Test
    void sweepLinesGroupByTheOtherParametersAndSingleReplicatesHaveNoBand() {
        SweepPoints points = SweepPoints.of(CsvTable.parse("points.csv", SweepFixture.POINTS));
        JFreeChart chart = SweepCharts.metricAgainstParameter(points, "download_time_s.mean", SweepFixture.PRICE);
        XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("protocol.picker = rarest-first", data.getSeriesKey(0));
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) data;
        assertEquals(110.07, bands.getStartYValue(0, 0));
        assertEquals(119.875, bands.getStartYValue(1, 2), "one replicate: the band collapses to the mean");
        assertThrows(IllegalArgumentException.class, () -> SweepCharts.metricAgainstParameter(points, "nope", SweepFixture.PRICE));
        assertThrows(IllegalArgumentException.class,
                () -> SweepCharts.metricAgainstParameter(points, "download_time_s.mean", "nope"));
    }

    @Test
    void heatMapsNeedEveryOtherParameterFixed() {
        String threeParameters = """
                point,a,b,c,metric,n,mean,sd,ci_low,ci_high
                0,1,1,x,m,2,1,0,1,1
                1,1,1,y,m,2,2,0,2,2
                """;
        SweepPoints points = SweepPoints.of(CsvTable.parse("points.csv", threeParameters));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepCharts.heatMap(points, "m", "a", "b"));
        assertTrue(e.getMessage().contains("every other parameter fixed"), e.getMessage());
    }
}
