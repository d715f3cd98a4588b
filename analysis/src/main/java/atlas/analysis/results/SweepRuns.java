package atlas.analysis.results;

import java.nio.file.Path;
import java.util.List;

/**
 * A sweep's {@code runs.csv}, one row per run: {@code run,point,replicate,seed,<parameters...>,
 * <metrics...>} with metrics flattened as in {@code summary.json} ({@code download_time_s.mean}).
 * The header alone cannot tell a parameter from a metric, so the parameter names come from the
 * sweep's {@code points.csv} ({@link SweepPoints#parameters()}).
 */
public final class SweepRuns {

    private static final List<String> KEYS = List.of("run", "point", "replicate", "seed");

    private final CsvTable table;
    private final List<String> parameters;
    private final List<String> metrics;

    private SweepRuns(CsvTable table, List<String> parameters) {
        List<String> columns = table.columns();
        int end = KEYS.size() + parameters.size();
        if (columns.size() < end || !columns.subList(0, KEYS.size()).equals(KEYS)
                || !columns.subList(KEYS.size(), end).equals(parameters)) {
            throw new ResultFileException(table.source() + ":1: expected header " + String.join(",", KEYS) + ","
                    + String.join(",", parameters) + ",<metrics...> but found " + String.join(",", columns));
        }
        this.table = table;
        this.parameters = List.copyOf(parameters);
        this.metrics = List.copyOf(columns.subList(end, columns.size()));
    }

    /**
     * Reads a {@code runs.csv} file.
     *
     * @param parameters the sweep's parameter names, in column order
     */
    public static SweepRuns read(Path file, List<String> parameters) {
        return of(CsvTable.read(file), parameters);
    }

    /** Interprets a parsed table with the given parameter columns. */
    public static SweepRuns of(CsvTable table, List<String> parameters) {
        return new SweepRuns(table, parameters);
    }

    /** The parameter names. */
    public List<String> parameters() {
        return parameters;
    }

    /** The metric names, in column order. */
    public List<String> metrics() {
        return metrics;
    }

    /** The number of runs. */
    public int size() {
        return table.rowCount();
    }

    /** Each run's point id. */
    public int[] points() {
        double[] values = table.doubles("point");
        int[] points = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            points[i] = (int) values[i];
        }
        return points;
    }

    /** Each run's seed, as written (seeds may exceed the exact range of a double). */
    public String[] seeds() {
        return table.strings("seed");
    }

    /** Each run's value of a parameter, as text. */
    public String[] parameter(String name) {
        if (!parameters.contains(name)) {
            throw new ResultFileException(table.source() + ": no parameter " + name + " (parameters: " + parameters + ")");
        }
        return table.strings(name);
    }

    /** Each run's value of a metric, NaN where the run did not define it. */
    public double[] metric(String name) {
        if (!metrics.contains(name)) {
            throw new ResultFileException(table.source() + ": no metric " + name + " (metrics: " + metrics + ")");
        }
        return table.doubles(name);
    }

    /** The underlying table. */
    public CsvTable table() {
        return table;
    }
}
