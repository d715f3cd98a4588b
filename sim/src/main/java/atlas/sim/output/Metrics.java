package atlas.sim.output;

import atlas.analysis.stats.Gini;
import atlas.analysis.stats.KaplanMeier;
import atlas.analysis.stats.Quantiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

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
    private static final double DAY_S = 86_400;
    /** The horizons of seeder retention and of the restricted mean seeding times, hours. */
    private static final int[] HORIZONS_H = {1, 6, 24};

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
                    Metrics::retention),
            new Metric("mean_seeding_time_s", "Kaplan-Meier mean seeding time of completed peers, s (peers present "
                    + "at the end censored there): the whole area under the seeder_retention curve; null unless that "
                    + "curve reaches 0 (every completed peer left within the run, or the longest seeding time "
                    + "observed ended by leaving), since the mean would otherwise depend on when the run ended",
                    r -> mean(seedingTime(r))),
            new Metric("restricted_mean_seeding_time_s", "Kaplan-Meier restricted mean seeding time of completed "
                    + "peers up to 1 h, 6 h, 24 h, s: the mean of seeding time capped at that horizon, comparable "
                    + "between runs; null where the run did not observe that far (no seeding time observed that "
                    + "long) unless the curve reached 0 before it",
                    r -> restrictedMeans(seedingTime(r), "", new LinkedHashMap<>())),
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
            new Metric("btt_unpaid_lost", "BTT that downloaders owed uploaders for data served on credit and never "
                    + "paid: what free riders owed, and what honest downloaders could not pay once the connection had "
                    + "closed (no BTT free or on its way, or no TRX for a channel's fee); debts still being settled "
                    + "when the run ends are not counted",
                    r -> btt(r.tokens().peers().stream().mapToLong(TokenRecord::unpaidLost).sum())),
            new Metric("gini_btt", "Gini coefficient of participants' BTT wealth at the end: BTT received from "
                    + "the funder, less BTT paid, plus BTT earned; that is the balance on chain plus the peer's "
                    + "deposits not yet paid out of open channels plus its earnings in channels not yet settled "
                    + "(a payment still on the wire counts for neither side). Participants: every downloader that "
                    + "took part, departed ones with their final wealth, ones whose funding had not landed with 0;"
                    + " initial seeds not counted. Null if none took part", r -> gini(r, Metrics::wealth)),
            new Metric("gini_btt_liquid", "Gini coefficient of the same participants' BTT balances on chain at the "
                    + "end, deposits escrowed in open channels not counted: BTT they could spend at once. Money "
                    + "locked in bidders' channels shows here as inequality; see gini_btt for wealth",
                    r -> gini(r, TokenRecord::holdings)),
            new Metric("download_time_bidders_s", "download time of completed honest bidders (peers that bid and "
                    + "pay; free riders not counted), s: mean, median, 95th percentile",
                    r -> meanAndQuantiles(downloadTimesS(r, Role.BIDDERS), 0.5, 0.95)),
            new Metric("download_time_free_riders_s", "download time of completed free riders (peers that bid and "
                    + "never pay, incentives.free-riders), s: mean, median, 95th percentile; each null without any",
                    r -> meanAndQuantiles(downloadTimesS(r, Role.FREE_RIDERS), 0.5, 0.95)),
            new Metric("download_time_non_bidders_s", "download time of completed peers that did not bid "
                    + "(participants that only earn, and non-participants; free riders not counted), s: mean, "
                    + "median, 95th percentile", r -> meanAndQuantiles(downloadTimesS(r, t -> !t.bids()), 0.5, 0.95)),
            new Metric("download_time_non_participants_s", "download time of completed peers outside the token "
                    + "economy, s: mean, median, 95th percentile",
                    r -> meanAndQuantiles(downloadTimesS(r, Role.NON_PARTICIPANT), 0.5, 0.95)),
            new Metric("download_speed_by_role_kib_s", "mean download speed (content size over download time) of "
                    + "completed honest bidders, free riders, earners (participants that do not bid) and "
                    + "non-participants, KiB/s", Metrics::speedByRole),
            new Metric("mean_seeding_time_by_role_s", "Kaplan-Meier mean seeding time, as mean_seeding_time_s "
                    + "(null unless that role's curve reaches 0), of completed honest bidders, free riders, earners"
                    + " and non-participants, s", Metrics::seedingTimeByRole),
            new Metric("restricted_mean_seeding_time_by_role_s", "Kaplan-Meier restricted mean seeding time up "
                    + "to 1 h, 6 h, 24 h, as restricted_mean_seeding_time_s, of completed honest bidders, free "
                    + "riders, earners and non-participants, s: keys bidders_1h ... non_participants_24h",
                    Metrics::restrictedSeedingTimeByRole),
            new Metric("btt_paid_by_class", "BTT paid by the downloaders of each network class",
                    r -> byClass(r, TokenRecord::paid)),
            new Metric("btt_earned_by_class", "BTT earned by the uploaders of each network class (initial seeds"
                    + " under 'seed')", r -> byClass(r, TokenRecord::earned)),
            new Metric("btt_distributed", "BTT the funder's transfers brought participants (holdings on arrival,"
                    + " airdrops, top-ups)", r -> btt(r.tokens().peers().stream().mapToLong(TokenRecord::received)
                            .sum())),
            new Metric("btt_funder_sent", "BTT the funder's account lost over the run; equals btt_distributed, and"
                    + " the participants' end holdings plus btt_in_channels_end (money is conserved)",
                    r -> btt(r.tokens().funderSent())),
            new Metric("btt_in_channels_end", "BTT escrowed in payment channels still open on chain at the end",
                    r -> btt(r.tokens().inChannelsEnd())),
            new Metric("token_velocity_per_day", "BTT paid through channels per BTT distributed to participants, per"
                    + " simulated day: how often the money in the swarm changed hands", Metrics::velocityPerDay),
            new Metric("token_price_usd", "the token's price over the run, USD per BTT: at the start, at the end,"
                    + " lowest and highest sample", Metrics::tokenPrice),
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

    /**
     * The Gini coefficient of {@code amount} over the downloaders that took part. Initial seeds are
     * left out: they stand for the swarm's origin, not for users, and earn from every peer.
     */
    private static Double gini(RunResult run, ToLongFunction<TokenRecord> amount) {
        List<PeerRecord> peers = run.peers();
        List<TokenRecord> tokens = run.tokens().peers();
        double[] amounts = IntStream.range(0, peers.size())
                .filter(i -> !peers.get(i).initialSeed() && tokens.get(i).takesPart())
                .mapToDouble(i -> amount.applyAsLong(tokens.get(i)) / BASE_UNITS_PER_BTT).toArray();
        return amounts.length == 0 ? null : Gini.of(amounts);
    }

    /**
     * A participant's BTT wherever it lies. Its balance on chain is what it received, less the
     * deposits of channels open on chain, plus the rest returned and the payments received by the
     * channels settled; adding back its deposits less what it signed over in open channels, and what
     * it accepted in channels it is paid through that are not settled yet, leaves exactly this.
     */
    private static long wealth(TokenRecord t) {
        return t.received() - t.paid() + t.earned();
    }

    private static double[] downloadTimesS(RunResult run, Role role) {
        return downloadTimesS(run, t -> Role.of(t) == role);
    }

    private static double[] downloadTimesS(RunResult run, Predicate<TokenRecord> selected) {
        List<PeerRecord> peers = run.peers();
        List<TokenRecord> tokens = run.tokens().peers();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            PeerRecord p = peers.get(i);
            if (!p.initialSeed() && p.completed() && selected.test(tokens.get(i))) {
                times.add((p.completionMicros() - p.arrivalMicros()) / MICROS_PER_S);
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A downloader's part in the token economy, for metrics by role. Free riders bid like honest
     * bidders but never pay, so they are a role of their own: mixed in, their free downloads would
     * pass for what paying buys.
     */
    private enum Role {
        BIDDERS, FREE_RIDERS, EARNERS, NON_PARTICIPANT;

        static Role of(TokenRecord t) {
            if (!t.takesPart()) {
                return NON_PARTICIPANT;
            }
            if (t.freeRider()) {
                return FREE_RIDERS;
            }
            return t.bids() ? BIDDERS : EARNERS;
        }

        String key() {
            return this == NON_PARTICIPANT ? "non_participants" : name().toLowerCase(Locale.ROOT);
        }
    }

    private static Map<String, Double> speedByRole(RunResult run) {
        double contentKib = run.scenario().content().sizeBytes() / KIB;
        Map<String, Double> speeds = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            double[] times = downloadTimesS(run, role);
            speeds.put(role.key(), times.length == 0 ? null
                    : Arrays.stream(times).map(t -> contentKib / t).average().orElseThrow());
        }
        return speeds;
    }

    private static Map<String, Double> seedingTimeByRole(RunResult run) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            means.put(role.key(), mean(seedingTime(run, role)));
        }
        return means;
    }

    /** {bidders_1h: ..., bidders_6h: ..., ..., non_participants_24h: ...}: flat, as every metric's keys are. */
    private static Map<String, Double> restrictedSeedingTimeByRole(RunResult run) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            restrictedMeans(seedingTime(run, role), role.key() + "_", means);
        }
        return means;
    }

    /** Sums of a token amount per network class, in class order of first appearance; BTT. */
    private static Map<String, Double> byClass(RunResult run, ToLongFunction<TokenRecord> amount) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (int i = 0; i < run.peers().size(); i++) {
            sums.merge(run.peers().get(i).peerClass(), amount.applyAsLong(run.tokens().peers().get(i)), Long::sum);
        }
        Map<String, Double> result = new LinkedHashMap<>();
        sums.forEach((cls, units) -> result.put(cls, btt(units)));
        return result;
    }

    private static Double velocityPerDay(RunResult run) {
        long distributed = run.tokens().peers().stream().mapToLong(TokenRecord::received).sum();
        long paid = run.tokens().peers().stream().mapToLong(TokenRecord::paid).sum();
        double days = run.endMicros() / MICROS_PER_S / DAY_S;
        return distributed == 0 || days == 0 ? null : paid / (double) distributed / days;
    }

    /** Rounded to significant digits: a price of 10^-5 USD per BTT would not survive 6 decimal places. */
    private static Map<String, BigDecimal> tokenPrice(RunResult run) {
        TokenSeries series = run.tokens().series();
        Map<String, BigDecimal> price = new LinkedHashMap<>();
        int n = series.size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, series.usdPerBtt(i));
            max = Math.max(max, series.usdPerBtt(i));
        }
        price.put("start", n == 0 ? null : Decimals.significantValue(series.usdPerBtt(0)));
        price.put("end", n == 0 ? null : Decimals.significantValue(series.usdPerBtt(n - 1)));
        price.put("min", n == 0 ? null : Decimals.significantValue(min));
        price.put("max", n == 0 ? null : Decimals.significantValue(max));
        return price;
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
        return seedingTime(run, i -> true);
    }

    /** As {@link #seedingTime(RunResult)}, of the peers in one role of the token economy. */
    private static KaplanMeier seedingTime(RunResult run, Role role) {
        List<TokenRecord> tokens = run.tokens().peers();
        return seedingTime(run, i -> Role.of(tokens.get(i)) == role);
    }

    /** As {@link #seedingTime(RunResult)}, of the peers whose index in {@code run.peers()} is selected. */
    private static KaplanMeier seedingTime(RunResult run, IntPredicate selected) {
        List<PeerRecord> all = run.peers();
        PeerRecord[] completed = IntStream.range(0, all.size())
                .filter(i -> selected.test(i) && !all.get(i).initialSeed() && all.get(i).completed())
                .mapToObj(all::get).toArray(PeerRecord[]::new);
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
    private static Map<String, Double> retention(RunResult run) {
        KaplanMeier km = seedingTime(run);
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (int h : HORIZONS_H) {
            fractions.put(h + "h", km == null ? null : defined(km.survival(h * HOUR_S)));
        }
        return fractions;
    }

    /** The Kaplan-Meier mean seeding time; null if none completed or the mean is not identified. */
    private static Double mean(KaplanMeier seedingTime) {
        return seedingTime == null ? null : defined(seedingTime.mean());
    }

    /**
     * Puts into {@code means} the restricted mean seeding time up to each horizon, keyed by
     * {@code prefix} and the horizon ("1h"), null where it is undefined; returns {@code means}.
     */
    private static Map<String, Double> restrictedMeans(KaplanMeier seedingTime, String prefix,
            Map<String, Double> means) {
        for (int h : HORIZONS_H) {
            means.put(prefix + h + "h", seedingTime == null ? null : defined(seedingTime.restrictedMean(h * HOUR_S)));
        }
        return means;
    }

    private static Double defined(double x) {
        return Double.isNaN(x) ? null : x;
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
