package atlas.analysis.results;

import java.nio.file.Path;

/**
 * A run's {@code timeseries.csv}: one row per sample interval, {@code time_s} first and then named
 * series ({@code leechers}, {@code seeds}, {@code download_rate_kib_s}, {@code min_availability},
 * and whatever later issues add). Read by header name.
 */
public final class TimeSeries {

    /** The column holding the sample time in seconds. */
    public static final String TIME = "time_s";

    private final CsvTable table;

    private TimeSeries(CsvTable table) {
        table.columnIndex(TIME);
        this.table = table;
    }

    /** Reads a {@code timeseries.csv} file. */
    public static TimeSeries read(Path file) {
        return of(CsvTable.read(file));
    }

    /** Wraps a parsed table, which must have a {@code time_s} column. */
    public static TimeSeries of(CsvTable table) {
        return new TimeSeries(table);
    }

    /** Sample times in seconds. */
    public double[] time() {
        return table.doubles(TIME);
    }

    /** Whether a series is present. */
    public boolean has(String column) {
        return table.has(column);
    }

    /** One series, NaN where a sample is empty. */
    public double[] series(String column) {
        return table.doubles(column);
    }

    /** The number of samples. */
    public int size() {
        return table.rowCount();
    }

    /** The underlying table. */
    public CsvTable table() {
        return table;
    }
}
