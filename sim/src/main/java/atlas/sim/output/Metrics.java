package atlas.sim.output;

import atlas.analysis.stats.Gini;
import atlas.analysis.stats.KaplanMeier;
import atlas.analysis.stats.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary metrics of a run, each defined once, here, and written by every reporter from this
 * list: a new metric is one entry (Caffeine simulator's {@code PolicyStats.addMetric}). "Peers"
 * are the downloading peers; the scenario's initial seeds count only in the byte totals and in
 * upload utilisation. The token metrics ({@link #TOKENS}) exist only in runs with a token
 * economy, so that runs without one keep exactly their summary.
 */
public final class Metrics {

    private static final double MICROS_PER_S = 1e6;
    private static final double KIB = 1024;
    private static final double HOUR_S = 3600;

    /** Every metric, in the order written to {@code summary.json}. */
    public static final List<Metric> ALL = List.of(
            new Metric("peers_arrived", "peers that arrived to download (initial seeds not counted)",
                    r -> (long) downloaders(r).length),
            new Metric("peers_completed", "arrived peers that downloaded the whole content",
                    r -> (long) downloadTimesS(r).length),
            new Metric("download_time_s", "completion minus arrival of completed peers, s: mean, median, 95th percentile",
                    r -> meanAndQuantiles(downloadTimesS(r), 0.5, 0.95)),
            new Metric("download_speed_kib_s", "content size over download time of completed peers, KiB/s: mean, median, 5th percentile",
                    r -> meanAndQuantiles(downloadSpeedsKibS(r), 0.5, 0.05)),
            new Metric("seeder_retention", "fraction of completed peers still seeding 1 h, 6 h, 24 h after completing; "
                    + "Kaplan-Meier, peers present at the end censored there; null beyond what the run observed",
                    r -> retention(r, 1, 6, 24)),
            new Metric("mean_seeding_time_s", "Kaplan-Meier restricted mean of completed peers' seeding time, s, "
                    + "integrated up to the run's end (in effect the longest observed seeding time); peers still "
                    + "seeding at the end are censored there, so a short run understates it",
                    Metrics::meanSeedingTimeS),
            new Metric("availability", "fraction of simulated time during which at least one full copy of the content was present",
                    r -> r.endMicros() == 0 ? null : (double) r.availableMicros() / r.endMicros()),
            new Metric("uploaded_bytes", "payload bytes uploaded by all peers and seeds",
                    r -> r.peers().stream().mapToLong(PeerRecord::bytesUp).sum()),
            new Metric("downloaded_bytes", "payload bytes downloaded by all peers",
                    r -> r.peers().stream().mapToLong(PeerRecord::bytesDown).sum()),
            new Metric("overhead_bytes", "protocol bytes (handshakes, messages) sent by all peers and seeds, besides payload",
                    r -> r.peers().stream().mapToLong(PeerRecord::overheadBytes).sum()),
            new Metric("wasted_bytes", "payload bytes downloaded and thrown away (endgame duplicates, blocks no longer "
                    + "needed), included in downloaded_bytes",
                    r -> r.peers().stream().mapToLong(PeerRecord::wastedBytes).sum()),
            new Metric("upload_utilization", "bytes uploaded over what all upload capacities could have sent while present",
                    Metrics::uploadUtilization));

    private static final double BASE_UNITS_PER_BTT = 1e6;
    private static final double SUN_PER_TRX = 1e6;

    /** The metrics of the token economy, written after {@link #ALL} in a run that has one. */
    public static final List<Metric> TOKENS = List.of(
            new Metric("btt_paid", "BTT paid by all downloaders through payment channels",
                    r -> btt(r.tokens().peers().stream().mapToLong(TokenRecord::paid).sum())),
            new Metric("btt_earned", "BTT received by all uploaders through payment channels; below btt_paid by "
                    + "the payments still on the wire at the end", r -> btt(r.tokens().peers().stream()
                    .mapToLong(TokenRecord::earned).sum())),
            new Metric("btt_unpaid_lost", "BTT that downloaders owed uploaders for data when connections closed",
                    r -> btt(r.tokens().peers().stream().mapToLong(TokenRecord::unpaidLost).sum())),
            new Metric("gini_btt", "Gini coefficient of participants' BTT balances on chain at the end "
                    + "(deposits still escrowed in open channels not counted)",
                    Metrics::giniBtt),
            new Metric("download_time_bidders_s", "download time of completed peers that bid, s: mean, median, "
                    + "95th percentile", r -> meanAndQuantiles(downloadTimesS(r, true), 0.5, 0.95)),
            new Metric("download_time_non_bidders_s", "download time of completed peers that did not bid "
                    + "(participants that only earn, and non-participants), s: mean, median, 95th percentile",
                    r -> meanAndQuantiles(downloadTimesS(r, false), 0.5, 0.95)),
            new Metric("chain_transactions", "transactions included in blocks (funding, channel opens and closes)",
                    r -> r.tokens().chainTransactions()),
            new Metric("chain_fees_trx", "TRX burned in transaction fees",
                    r -> r.tokens().chainFeesSun() / SUN_PER_TRX));

    private Metrics() {
    }

    /** Every metric's value, by name: {@link #ALL}, then {@link #TOKENS} if the run has a token economy. */
    public static Map<String, Object> compute(RunResult run) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Metric metric : ALL) {
            values.put(metric.name(), metric.value().apply(run));
        }
        if (run.tokens() != null) {
            for (Metric metric : TOKENS) {
                values.put(metric.name(), metric.value().apply(run));
            }
        }
        return values;
    }

    private static Double btt(long baseUnits) {
        return baseUnits / BASE_UNITS_PER_BTT;
    }

    private static Double giniBtt(RunResult run) {
        double[] holdings = run.tokens().peers().stream().filter(TokenRecord::takesPart)
                .mapToDouble(t -> t.holdings() / BASE_UNITS_PER_BTT).toArray();
        return holdings.length == 0 ? null : Gini.of(holdings);
    }

    /** Download times of completed downloaders that bid, or that did not. */
    private static double[] downloadTimesS(RunResult run, boolean bidders) {
        List<PeerRecord> peers = run.peers();
        List<TokenRecord> tokens = run.tokens().peers();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            PeerRecord p = peers.get(i);
            if (!p.initialSeed() && p.completed() && tokens.get(i).bids() == bidders) {
                times.add((p.completionMicros() - p.arrivalMicros()) / MICROS_PER_S);
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static PeerRecord[] downloaders(RunResult run) {
        return run.peers().stream().filter(p -> !p.initialSeed()).toArray(PeerRecord[]::new);
    }

    private static PeerRecord[] completed(RunResult run) {
        return Arrays.stream(downloaders(run)).filter(PeerRecord::completed).toArray(PeerRecord[]::new);
    }

    private static double[] downloadTimesS(RunResult run) {
        return Arrays.stream(completed(run))
                .mapToDouble(p -> (p.completionMicros() - p.arrivalMicros()) / MICROS_PER_S)
                .toArray();
    }

    private static double[] downloadSpeedsKibS(RunResult run) {
        double contentKib = run.scenario().content().sizeBytes() / KIB;
        return Arrays.stream(downloadTimesS(run)).map(seconds -> contentKib / seconds).toArray();
    }

    /** Seeding time of each completed peer; censored at the run's end if it had not left. Null if none completed. */
    private static KaplanMeier seedingTime(RunResult run) {
        PeerRecord[] completed = completed(run);
        if (completed.length == 0) {
            return null;
        }
        double[] seconds = new double[completed.length];
        boolean[] censored = new boolean[completed.length];
        for (int i = 0; i < completed.length; i++) {
            PeerRecord p = completed[i];
            censored[i] = !p.departed();
            long left = censored[i] ? run.endMicros() : p.departureMicros();
            seconds[i] = (left - p.completionMicros()) / MICROS_PER_S;
        }
        return KaplanMeier.fit(seconds, censored);
    }

    /**
     * {mean, p50, p95, ...}: the mean, then each quantile named "p" and its percentage; every
     * statistic null when there are no values, so that a metric has the same keys in every run.
     */
    private static Map<String, Double> meanAndQuantiles(double[] values, double... probabilities) {
        double[] q = values.length == 0 ? null : Quantiles.of(values, probabilities);
        Map<String, Double> stats = new LinkedHashMap<>();
        stats.put("mean", values.length == 0 ? null : Arrays.stream(values).average().orElseThrow());
        for (int i = 0; i < probabilities.length; i++) {
            stats.put("p" + Math.round(probabilities[i] * 100), q == null ? null : q[i]);
        }
        return stats;
    }

    /** {1h: S(1 h), 6h: ...}; a fraction is null where the estimate is undefined (none completed, or the run was too short). */
    private static Map<String, Double> retention(RunResult run, int... hours) {
        KaplanMeier km = seedingTime(run);
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (int h : hours) {
            double s = km == null ? Double.NaN : km.survival(h * HOUR_S);
            fractions.put(h + "h", Double.isNaN(s) ? null : s);
        }
        return fractions;
    }

    private static Double meanSeedingTimeS(RunResult run) {
        KaplanMeier km = seedingTime(run);
        return km == null ? null : km.restrictedMean(run.endMicros() / MICROS_PER_S);
    }

    private static Double uploadUtilization(RunResult run) {
        double possibleBytes = 0;
        long uploaded = 0;
        for (PeerRecord p : run.peers()) {
            long left = p.departed() ? p.departureMicros() : run.endMicros();
            possibleBytes += p.uploadCapacity() * (left - p.arrivalMicros()) / MICROS_PER_S;
            uploaded += p.bytesUp();
        }
        return possibleBytes > 0 ? uploaded / possibleBytes : null;
    }
}
