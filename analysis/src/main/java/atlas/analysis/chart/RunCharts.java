package atlas.analysis.chart;

import atlas.analysis.results.PeerTable;
import atlas.analysis.results.PeerTable.SeedingTimes;
import atlas.analysis.results.RunDirectory;
import atlas.analysis.results.TimeSeries;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of one run, drawn from its result files: seeds and leechers over time, the
 * distribution of download times, the seeder retention curve and, when peers bid, download speed
 * against bid. {@link #write(Path, Path, Set)} is what {@code atlas chart DIR} calls.
 */
public final class RunCharts {

    /** Chart names, used as file base names and report anchors. */
    public static final String SEEDS_AND_LEECHERS = "seeds-leechers";
    public static final String DOWNLOAD_TIME_CDF = "download-time-cdf";
    public static final String SEEDER_RETENTION = "seeder-retention";
    public static final String SPEED_AGAINST_PRICE = "speed-vs-price-paid";
    public static final String SEEDER_RETENTION_BY_ROLE = "seeder-retention-by-role";
    public static final String TOKEN_PRICE_CHART = "token-price";

    private static final String TAKES_PART = "takes_part";
    private static final String BIDS = "bids";
    private static final String FREE_RIDER = "free_rider";
    private static final String BTT_PAID = "btt_paid_base_units";
    private static final String WASTED = "wasted_bytes";
    /** BTT's smallest unit: 10^-6 BTT (a TRC-10 token of precision 6). */
    private static final double BASE_UNITS_PER_BTT = 1e6;
    private static final double MIB = 1024 * 1024;
    private static final String TOKEN_PRICE = "token_price_usd";

    private static final double KIB = 1024;

    private RunCharts() {
    }

    /** Leechers and seeds present at each sample time. */
    public static JFreeChart seedsAndLeechers(TimeSeries series) {
        double[] time = series.time();
        TimeScale scale = TimeScale.forValues(time);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(sampled("Leechers", time, series.series("leechers"), scale));
        data.addSeries(sampled("Seeds", time, series.series("seeds"), scale));
        return timeLines(data, scale, "Peers", true);
    }

    /** Lines over time, one path per series rather than a segment per sample: long runs stay small in SVG and PDF. */
    private static JFreeChart timeLines(XYSeriesCollection data, TimeScale scale, String yLabel, boolean legend) {
        JFreeChart chart = ChartFactory.createXYLineChart(null, scale.label("Time"), yLabel, data,
                PlotOrientation.VERTICAL, legend, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        ((XYPlot) chart.getPlot()).setRenderer(renderer);
        return chart;
    }

    private static XYSeries sampled(String key, double[] time, double[] values, TimeScale scale) {
        XYSeries s = new XYSeries(key, true, true);
        for (int i = 0; i < time.length; i++) {
            if (!Double.isNaN(values[i])) {
                s.add(time[i] / scale.seconds(), values[i], false);
            }
        }
        return s;
    }

    /** The empirical distribution of completion minus arrival over peers that completed. */
    public static JFreeChart downloadTimeCdf(PeerTable peers) {
        double[] times = peers.downloadTimes();
        int arrived = 0;
        for (boolean seed : peers.initialSeed()) {
            arrived += seed ? 0 : 1;
        }
        // In a run cut short the curve is of the peers fast enough to finish: the legend says how many.
        boolean all = times.length == arrived;
        String key = all ? "Completed peers" : times.length + " of " + arrived + " arrived peers completed";
        return Overlays.downloadTimeCdf(Map.of(key, times), !all);
    }

    /**
     * The Kaplan-Meier curve of how long completed peers keep seeding; peers still present at
     * {@code endOfRun} are censored there.
     */
    public static JFreeChart seederRetention(PeerTable peers, double endOfRun) {
        return Overlays.seederRetention(Map.of("Completed peers", peers.seedingTimes(endOfRun)), false);
    }

    /**
     * Seeder retention of bidders, free riders (who bid and never pay), earners (participants that
     * do not bid) and non-participants, overlaid, as the by-role summary metrics count them, when
     * {@code peers.csv} has the token economy's {@code takes_part} and {@code bids} columns; roles
     * without a completed peer are left out.
     */
    public static Optional<JFreeChart> seederRetentionByRole(PeerTable peers, double endOfRun) {
        if (!peers.has(TAKES_PART) || !peers.has(BIDS)) {
            return Optional.empty();
        }
        String[] takesPart = peers.table().strings(TAKES_PART);
        String[] bids = peers.table().strings(BIDS);
        String[] freeRider = peers.has(FREE_RIDER) ? peers.table().strings(FREE_RIDER) : new String[bids.length];
        Map<String, SeedingTimes> byRole = new LinkedHashMap<>();
        byRole.put("Bidders", peers.seedingTimes(endOfRun, i -> "true".equals(bids[i]) && !"true".equals(freeRider[i])));
        byRole.put("Free riders", peers.seedingTimes(endOfRun, i -> "true".equals(freeRider[i])));
        byRole.put("Earners", peers.seedingTimes(endOfRun,
                i -> "true".equals(takesPart[i]) && !"true".equals(bids[i])));
        byRole.put("Non-participants", peers.seedingTimes(endOfRun, i -> !"true".equals(takesPart[i])));
        byRole.values().removeIf(times -> times.durations().length == 0);
        return Optional.of(Overlays.seederRetention(byRole, true));
    }

    /** The token's price over the run, when {@code timeseries.csv} has a {@code token_price_usd} column. */
    public static Optional<JFreeChart> tokenPrice(TimeSeries series) {
        if (!series.has(TOKEN_PRICE)) {
            return Optional.empty();
        }
        double[] time = series.time();
        TimeScale scale = TimeScale.forValues(time);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(sampled("Token price", time, series.series(TOKEN_PRICE), scale));
        JFreeChart chart = timeLines(data, scale, "USD per BTT", false);
        // A price path moves by percents: from zero they would be a flat line. Plain decimals, not 1.2E-4.
        NumberAxis price = (NumberAxis) ((XYPlot) chart.getPlot()).getRangeAxis();
        price.setAutoRangeIncludesZero(false);
        price.setNumberFormatOverride(new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return Optional.of(chart);
    }

    /**
     * Each completed peer's download speed (content size over download time, as the
     * {@code download_speed_kib_s} metric) against the BTT it paid per MiB of content, when
     * {@code peers.csv} has the token economy's {@code bids} and {@code btt_paid_base_units}
     * columns: bidders, free riders (who bid and do not pay) and peers that do not bid, each a
     * series of its own. What a peer paid, not its last bid: a bidder's bid falls to 0 once it
     * has nothing left to download, and its price changes as its strategy reprices.
     */
    public static Optional<JFreeChart> speedAgainstPricePaid(PeerTable peers) {
        if (!peers.has(BIDS) || !peers.has(BTT_PAID)) {
            return Optional.empty();
        }
        String[] bids = peers.table().strings(BIDS);
        String[] freeRider = peers.has(FREE_RIDER) ? peers.table().strings(FREE_RIDER) : new String[bids.length];
        double[] paid = peers.column(BTT_PAID);
        double[] bytesDown = peers.column("bytes_down");
        double[] wasted = peers.has(WASTED) ? peers.column(WASTED) : new double[bids.length];
        double[] arrival = peers.arrival();
        double[] completion = peers.completion();
        XYSeries bidders = new XYSeries("Bidders", true, true);
        XYSeries freeRiders = new XYSeries("Free riders", true, true);
        XYSeries others = new XYSeries("Not bidding", true, true);
        for (int i = 0; i < bids.length; i++) {
            if (!peers.completedDownload(i) || !(completion[i] > arrival[i])) {
                continue;
            }
            double content = bytesDown[i] - wasted[i];
            XYSeries series = !"true".equals(bids[i]) ? others : "true".equals(freeRider[i]) ? freeRiders : bidders;
            series.add(paid[i] / BASE_UNITS_PER_BTT / (content / MIB), content / KIB / (completion[i] - arrival[i]), false);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries series : List.of(bidders, freeRiders, others)) {
            if (series.getItemCount() > 0) {
                data.addSeries(series);
            }
        }
        JFreeChart chart = ChartFactory.createScatterPlot(null, "BTT paid per MiB of content", "Download speed (KiB/s)",
                data, PlotOrientation.VERTICAL, data.getSeriesCount() > 1, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int k = 0; k < data.getSeriesCount(); k++) {
            renderer.setSeriesShape(k, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        }
        ((XYPlot) chart.getPlot()).setRenderer(renderer);
        return Optional.of(chart);
    }

    /** Every chart that applies to the run, in a fixed order. */
    public static List<NamedChart> all(RunDirectory run) {
        List<NamedChart> charts = new ArrayList<>();
        charts.add(new NamedChart(SEEDS_AND_LEECHERS, "Seeds and leechers present over time.",
                seedsAndLeechers(run.timeSeries())));
        charts.add(new NamedChart(DOWNLOAD_TIME_CDF,
                "Distribution of download times (completion minus arrival) of completed peers.", downloadTimeCdf(run.peers())));
        charts.add(new NamedChart(SEEDER_RETENTION, "Seeder retention: Kaplan-Meier estimate of the fraction of completed "
                + "peers still seeding; peers present at the end are censored.", seederRetention(run.peers(), run.endOfRun())));
        speedAgainstPricePaid(run.peers()).ifPresent(c -> charts.add(new NamedChart(SPEED_AGAINST_PRICE,
                "Download speed of completed peers (content size over download time) against the BTT each paid per "
                + "MiB of content.", c)));
        seederRetentionByRole(run.peers(), run.endOfRun()).ifPresent(c -> charts.add(new NamedChart(
                SEEDER_RETENTION_BY_ROLE, "Seeder retention of bidders, free riders, earners and non-participants (Kaplan-Meier;"
                + " peers present at the end censored).", c)));
        tokenPrice(run.timeSeries()).ifPresent(c -> charts.add(new NamedChart(TOKEN_PRICE_CHART,
                "The token's price in USD over the run.", c)));
        return charts;
    }

    /** Redraws a run's charts at one-column size; see {@link #write(Path, Path, Set, Layout)}. */
    public static List<Path> write(Path runDir, Path outDir, Set<Format> formats) {
        return write(runDir, outDir, formats, Layout.ONE_COLUMN);
    }

    /**
     * Reads the run directory and writes each chart as {@code outDir/<name>.<format>}.
     *
     * @return the files written
     */
    public static List<Path> write(Path runDir, Path outDir, Set<Format> formats, Layout layout) {
        return NamedChart.writeAll(all(RunDirectory.read(runDir)), outDir, formats, layout);
    }
}
