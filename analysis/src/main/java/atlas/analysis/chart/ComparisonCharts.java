package atlas.analysis.chart;

import atlas.analysis.compare.Comparison;
import atlas.analysis.compare.PercentChange;
import atlas.analysis.results.PeerTable.SeedingTimes;
import atlas.analysis.results.RunDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Charts of policies compared on common random numbers: retention curves and download-time
 * distributions overlaid, one curve per policy, and each metric's percent change from the baseline
 * with its 95 % interval ({@link PercentChange}).
 */
public final class ComparisonCharts {

    /** Chart names, used as file base names. */
    public static final String DIFFERENCES = "differences";
    public static final String RETENTION = "retention";
    public static final String DOWNLOAD_TIME_CDF = "download-time-cdf";

    private ComparisonCharts() {
    }

    /**
     * The comparison's charts: the differences, and retention curves and download-time
     * distributions with each policy's peers pooled over its replicates.
     *
     * @param comparisons each candidate against the baseline
     * @param runsByPolicy each policy's run directories, baseline first
     */
    public static List<NamedChart> all(List<Comparison> comparisons, Map<String, List<RunDirectory>> runsByPolicy) {
        Map<String, SeedingTimes> seeding = new LinkedHashMap<>();
        Map<String, double[]> downloads = new LinkedHashMap<>();
        runsByPolicy.forEach((policy, runs) -> {
            seeding.put(policy, pooledSeeding(runs));
            downloads.put(policy, runs.stream().flatMapToDouble(r -> Arrays.stream(r.peers().downloadTimes())).toArray());
        });
        return List.of(
                new NamedChart(DIFFERENCES, "Change of each metric's mean from the baseline's, in percent, with its 95 % "
                        + "interval (paired ratio estimator); metrics whose baseline mean is not clearly nonzero are left "
                        + "out.", differences(comparisons)),
                new NamedChart(RETENTION, "Seeder retention (Kaplan-Meier), peers pooled over replicates.", retention(seeding)),
                new NamedChart(DOWNLOAD_TIME_CDF, "Download time distribution, peers pooled over replicates.",
                        downloadTimeCdf(downloads)));
    }

    /**
     * Writes {@link #all} as {@code outDir/<name>.<format>}, the differences at two-column width
     * (it lists every metric) and the curves at one-column width.
     *
     * @return the files written
     */
    public static List<Path> write(List<Comparison> comparisons, Map<String, List<RunDirectory>> runsByPolicy, Path outDir,
            Set<Format> formats) {
        List<Path> written = new ArrayList<>();
        for (NamedChart c : all(comparisons, runsByPolicy)) {
            written.addAll(ChartExport.write(c.chart(), layoutOf(c), formats, outDir, c.name()));
        }
        return written;
    }

    /** The layout a comparison chart is drawn at. */
    public static Layout layoutOf(NamedChart chart) {
        return chart.name().equals(DIFFERENCES) ? Layout.TWO_COLUMN : Layout.ONE_COLUMN;
    }

    private static SeedingTimes pooledSeeding(List<RunDirectory> runs) {
        List<SeedingTimes> parts = runs.stream().map(r -> r.peers().seedingTimes(r.endOfRun())).toList();
        int n = parts.stream().mapToInt(p -> p.durations().length).sum();
        double[] durations = new double[n];
        boolean[] censored = new boolean[n];
        int at = 0;
        for (SeedingTimes p : parts) {
            System.arraycopy(p.durations(), 0, durations, at, p.durations().length);
            System.arraycopy(p.censored(), 0, censored, at, p.censored().length);
            at += p.durations().length;
        }
        return new SeedingTimes(durations, censored);
    }

    /** Kaplan-Meier seeder retention curves, one per policy (keys in the map's order). */
    public static JFreeChart retention(Map<String, SeedingTimes> seedingTimesByPolicy) {
        return Overlays.seederRetention(seedingTimesByPolicy, true);
    }

    /** Download-time distribution functions, one per policy (keys in the map's order). */
    public static JFreeChart downloadTimeCdf(Map<String, double[]> downloadTimesByPolicy) {
        return Overlays.downloadTimeCdf(downloadTimesByPolicy, true);
    }

    /**
     * Each metric's percent change from the baseline with its 95 % interval, so that metrics of
     * different units share one axis; one marker colour per candidate. Metrics without a percent
     * change (baseline mean not clearly nonzero) are left out.
     */
    public static JFreeChart differences(List<Comparison> comparisons) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Comparison c : comparisons) {
            for (Comparison.Metric m : c.metrics()) {
                PercentChange change = m.percentChange();
                if (change.isDefined()) {
                    // The interval is symmetric about the estimate, so its half-width serves as the error bar.
                    data.add(change.percent(), (change.ciHigh() - change.ciLow()) / 2, c.candidate() + " vs " + c.baseline(),
                            m.name());
                }
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "Difference from baseline (% of baseline mean, 95 % interval)",
                data, PlotOrientation.HORIZONTAL, comparisons.size() > 1, false, false);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true);
        plot.setRenderer(renderer);
        plot.addRangeMarker(new ValueMarker(0));
        plot.setNoDataMessage("No metric to compare");
        return chart;
    }
}
