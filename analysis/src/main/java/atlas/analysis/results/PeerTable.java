package atlas.analysis.results;

import java.nio.file.Path;
import java.util.function.IntPredicate;

/**
 * A run's {@code peers.csv}, one row per peer, read by header name: {@code class},
 * {@code initial_seed}, {@code arrival_s}, {@code completion_s} and {@code departure_s} are
 * required; every other column ({@code bytes_down}, later {@code btt_paid} or {@code bid}) is
 * available through {@link #column(String)} when present. An empty time means the event did not
 * happen: a peer that never completed, or one still present when the run ended.
 */
public final class PeerTable {

    private final CsvTable table;
    private final boolean[] initialSeed;
    private final double[] arrival;
    private final double[] completion;
    private final double[] departure;

    private PeerTable(CsvTable table) {
        this.table = table;
        double[] seedFlags = table.doubles("initial_seed");
        this.initialSeed = new boolean[seedFlags.length];
        for (int i = 0; i < seedFlags.length; i++) {
            initialSeed[i] = seedFlags[i] == 1;
        }
        this.arrival = table.doubles("arrival_s");
        this.completion = table.doubles("completion_s");
        this.departure = table.doubles("departure_s");
        table.columnIndex("class");
    }

    /** Reads a {@code peers.csv} file. */
    public static PeerTable read(Path file) {
        return of(CsvTable.read(file));
    }

    /** Wraps a parsed table, checking the required columns. */
    public static PeerTable of(CsvTable table) {
        return new PeerTable(table);
    }

    /** The number of peers, initial seeds included. */
    public int size() {
        return arrival.length;
    }

    /** Whether a column is present, such as {@code bid}. */
    public boolean has(String column) {
        return table.has(column);
    }

    /** Any numeric column, NaN where empty. */
    public double[] column(String column) {
        return table.doubles(column);
    }

    /** Each peer's class name. */
    public String[] classes() {
        return table.strings("class");
    }

    /** Whether each peer was a seed from the start (and so never downloaded). */
    public boolean[] initialSeed() {
        return initialSeed.clone();
    }

    /** Arrival times, s. */
    public double[] arrival() {
        return arrival.clone();
    }

    /** Completion times, s; NaN for peers that did not complete. */
    public double[] completion() {
        return completion.clone();
    }

    /** Departure times, s; NaN for peers present at the end. */
    public double[] departure() {
        return departure.clone();
    }

    /** Whether peer i arrived to download and completed. */
    public boolean completedDownload(int i) {
        return !initialSeed[i] && !Double.isNaN(completion[i]);
    }

    /** Completion minus arrival of every peer that downloaded and completed, s, in row order. */
    public double[] downloadTimes() {
        double[] times = new double[completedCount(i -> true)];
        for (int i = 0, k = 0; i < arrival.length; i++) {
            if (completedDownload(i)) {
                times[k++] = completion[i] - arrival[i];
            }
        }
        return times;
    }

    /**
     * How long each completed downloader stayed to seed: departure minus completion, or, for a peer
     * still present at {@code endOfRun}, {@code endOfRun} minus completion marked censored (the
     * same rule the simulator's {@code seeder_retention} metric uses).
     *
     * @param endOfRun the simulated time at which the run stopped, s
     */
    public SeedingTimes seedingTimes(double endOfRun) {
        return seedingTimes(endOfRun, i -> true);
    }

    /** As {@link #seedingTimes(double)}, of the peers whose row index is {@code selected}. */
    public SeedingTimes seedingTimes(double endOfRun, IntPredicate selected) {
        int n = completedCount(selected);
        double[] durations = new double[n];
        boolean[] censored = new boolean[n];
        for (int i = 0, k = 0; i < arrival.length; i++) {
            if (completedDownload(i) && selected.test(i)) {
                censored[k] = Double.isNaN(departure[i]);
                double left = censored[k] ? endOfRun : departure[i];
                // A peer that completed at the very end can appear to have seeded for -epsilon.
                durations[k] = Math.max(0, left - completion[i]);
                k++;
            }
        }
        return new SeedingTimes(durations, censored);
    }

    private int completedCount(IntPredicate selected) {
        int n = 0;
        for (int i = 0; i < arrival.length; i++) {
            if (completedDownload(i) && selected.test(i)) {
                n++;
            }
        }
        return n;
    }

    /** The underlying table, for columns this class does not name. */
    public CsvTable table() {
        return table;
    }

    /**
     * Right-censored seeding durations, ready for {@link atlas.analysis.stats.KaplanMeier#fit}.
     *
     * @param durations seconds each completed peer seeded, or had seeded when the run ended
     * @param censored whether the peer was still seeding when the run ended
     */
    public record SeedingTimes(double[] durations, boolean[] censored) {
    }
}
