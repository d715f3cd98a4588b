package atlas.sim.regress;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A metric the regression check judges, which way is better, and how far its mean may move
 * before the move matters (relative to the baseline's mean). The others are left out on purpose:
 * {@code peers_arrived}, seeding times and retention are inputs of the scenario's arrival and
 * behaviour models, which the protocol does not change; byte totals follow from who completed;
 * the median download speed duplicates the median download time. Tail statistics (p95, p5) get
 * wider tolerances than means because they rest on fewer peers.
 *
 * @param name the flattened metric name ({@link MetricValues})
 * @param better which direction is an improvement
 * @param tolerance relative change of the mean that is not a regression even when significant
 */
public record GatedMetric(String name, Better better, double tolerance) {

    /** Which way a metric improves. */
    public enum Better { LOWER, HIGHER }

    /** The judged metrics, in table order. */
    public static final List<GatedMetric> ALL = List.of(
            new GatedMetric("peers_completed", Better.HIGHER, 0.01),
            new GatedMetric("download_time_s.mean", Better.LOWER, 0.05),
            new GatedMetric("download_time_s.p50", Better.LOWER, 0.05),
            new GatedMetric("download_time_s.p95", Better.LOWER, 0.10),
            new GatedMetric("download_speed_kib_s.mean", Better.HIGHER, 0.05),
            new GatedMetric("download_speed_kib_s.p5", Better.HIGHER, 0.10),
            new GatedMetric("availability", Better.HIGHER, 0.01),
            new GatedMetric("upload_utilization", Better.HIGHER, 0.05),
            new GatedMetric("overhead_bytes", Better.LOWER, 0.10));

    /**
     * Judged besides {@link #ALL} in scenarios with a token economy, whose runs have them: a
     * change to bidding, paid slots or payments shows in what bidders gain and in what uploaders
     * lose to unpaid credit and fees. BTT paid and earned have no better direction and are left out.
     */
    public static final List<GatedMetric> TOKENS = List.of(
            new GatedMetric("download_time_bidders_s.mean", Better.LOWER, 0.05),
            new GatedMetric("download_time_non_bidders_s.mean", Better.LOWER, 0.05),
            new GatedMetric("btt_unpaid_lost", Better.LOWER, 0.10),
            new GatedMetric("chain_fees_trx", Better.LOWER, 0.10));

    /** The metrics judged in a scenario whose baseline runs have {@code metrics}. */
    static List<GatedMetric> judgedIn(Set<String> metrics) {
        return metrics.contains(TOKENS.get(0).name()) ? Stream.concat(ALL.stream(), TOKENS.stream()).toList() : ALL;
    }

    /** The tolerance as people read it: "5 %". */
    String toleranceText() {
        return String.format(Locale.ROOT, "%.0f %%", tolerance * 100);
    }

    /** Whether a change from {@code baseline} to {@code now} is an improvement (else a regression). */
    boolean improves(double baseline, double now) {
        return better == Better.LOWER ? now < baseline : now > baseline;
    }
}
