package atlas.analysis.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A sweep's {@code points.csv} in long ("tidy") form, one row per parameter point and metric:
 * {@code point,<parameters...>,metric,n,mean,sd,ci_low,ci_high}. The parameter columns are
 * whatever stands between {@code point} and {@code metric}, named by scenario path
 * ({@code protocol.picker}, {@code network.classes.0.upload}); their values stay text, since a
 * parameter may be a policy name or a quantity with its unit.
 */
public final class SweepPoints {

    private static final List<String> STATISTICS = List.of("metric", "n", "mean", "sd", "ci_low", "ci_high");

    private final List<String> parameters;
    private final List<Row> rows;

    private SweepPoints(List<String> parameters, List<Row> rows) {
        this.parameters = List.copyOf(parameters);
        this.rows = List.copyOf(rows);
    }

    /** Reads a {@code points.csv} file. */
    public static SweepPoints read(Path file) {
        return of(CsvTable.read(file));
    }

    /** Interprets a parsed table. */
    public static SweepPoints of(CsvTable table) {
        List<String> columns = table.columns();
        int metricAt = columns.indexOf("metric");
        if (columns.isEmpty() || !columns.get(0).equals("point") || metricAt < 0
                || !columns.subList(metricAt, columns.size()).equals(STATISTICS)) {
            throw new ResultFileException(table.source() + ":1: expected header point,<parameters...>,"
                    + String.join(",", STATISTICS) + " but found " + String.join(",", columns));
        }
        List<String> parameters = columns.subList(1, metricAt);
        List<Row> rows = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String p : parameters) {
                values.put(p, table.text(r, p));
            }
            rows.add(new Row((int) table.number(r, "point"), values, table.text(r, "metric"), (int) table.number(r, "n"),
                    table.number(r, "mean"), table.number(r, "sd"), table.number(r, "ci_low"), table.number(r, "ci_high")));
        }
        return new SweepPoints(parameters, rows);
    }

    /** The parameter names, in column order. */
    public List<String> parameters() {
        return parameters;
    }

    /** Every row, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The metric names, in order of first appearance. */
    public List<String> metrics() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Row row : rows) {
            names.add(row.metric());
        }
        return List.copyOf(names);
    }

    /** The rows of one metric, in file order. */
    public List<Row> rows(String metric) {
        return rows.stream().filter(r -> r.metric().equals(metric)).toList();
    }

    /**
     * One point's statistics for one metric. NaN statistics are ones the sweep could not define
     * (sd and the interval with a single replicate, or a metric no replicate defined).
     *
     * @param point the point's id
     * @param parameters the point's parameter values by name, in column order
     * @param metric the flattened metric name
     * @param n the number of replicates that defined the metric
     * @param mean the mean over replicates
     * @param sd the sample standard deviation
     * @param ciLow the lower bound of the 95 % confidence interval of the mean
     * @param ciHigh the upper bound
     */
    public record Row(int point, Map<String, String> parameters, String metric, int n, double mean, double sd,
            double ciLow, double ciHigh) {

        public Row {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }
}
