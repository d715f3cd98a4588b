package atlas.sim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Arrivals replayed from a CSV file ({@code arrivals: { trace: { file: arrivals.csv } }}). The first
 * line is a header naming the columns, in any order: {@code time} (required; seconds as a bare
 * number, or a duration such as "90 min"), {@code class} (optional; a network class name, empty to
 * draw one by share), {@code upload} and {@code download} (optional, together; rates with units,
 * empty to draw from the class) and {@code seeding} (optional; a duration, for seeding model
 * {@code trace}). Times must not decrease. Blank lines and lines starting with '#' are skipped;
 * fields are plain comma-separated text (no quoting).
 *
 * @param hasSeedingColumn whether the file has a {@code seeding} column
 */
public record ArrivalTrace(List<Arrival> arrivals, boolean hasSeedingColumn) {

    /**
     * One arriving peer.
     *
     * @param peerClass              class name, or null to draw one by share
     * @param uploadBytesPerSecond   capacity, or NaN to draw it from the class
     * @param downloadBytesPerSecond capacity, or NaN to draw it from the class
     * @param seedingMicros          seeding time from the trace, or -1 if none
     */
    public record Arrival(long timeMicros, String peerClass, double uploadBytesPerSecond,
            double downloadBytesPerSecond, long seedingMicros) {
    }

    static final List<String> COLUMNS = List.of("time", "class", "upload", "download", "seeding");

    public ArrivalTrace {
        arrivals = List.copyOf(arrivals);
    }

    /** Reads a trace the scenario loader has already validated. */
    public static ArrivalTrace read(Path file) throws ScenarioException {
        ScenarioValidation problems = new ScenarioValidation(file.toString());
        ArrivalTrace trace = read(file, null, null, problems);
        problems.throwIfAny();
        return trace;
    }

    /**
     * Reads and validates a trace; null if it is missing or has problems (recorded).
     *
     * @param fileNode   the scenario's {@code file} value, where a missing file is reported; may be null
     * @param classNames the network's class names, or null to skip checking the class column
     */
    static ArrivalTrace read(Path file, YamlNode fileNode, Collection<String> classNames, ScenarioValidation problems) {
        List<String> lines = CsvTrace.lines(file, "arrival trace", fileNode, problems);
        if (lines == null) {
            return null;
        }
        Reader reader = new Reader(file.toString(), classNames, problems);
        boolean valid = reader.read(lines, "the trace is empty; its first line names the columns, e.g. 'time,class'",
                "the trace has a header but no arrivals");
        return valid ? new ArrivalTrace(reader.arrivals, reader.has(4)) : null;
    }

    /** The state of reading one file beyond its columns: the class names to check against and the arrivals so far. */
    private static final class Reader extends CsvTrace {
        private final Collection<String> classNames;
        private final List<Arrival> arrivals = new ArrayList<>();
        private long previousTime;

        Reader(String file, Collection<String> classNames, ScenarioValidation problems) {
            super(file, COLUMNS, "valid columns: " + String.join(", ", COLUMNS), problems);
            this.classNames = classNames;
        }

        @Override
        void checkColumns(int line) {
            if (!has(0)) {
                problem(line, "", "the header has no 'time' column; columns: " + String.join(", ", COLUMNS)
                        + " (only time is required)");
            }
            if (has(2) != has(3)) {
                problem(line, "", "give the upload and download columns together, or neither");
            }
        }

        @Override
        void row(String[] cells, int line) {
            int before = problemCount();
            String time = cell(cells, 0);
            long timeMicros = -1;
            if (time.isEmpty()) {
                problem(line, "time", "every row needs a time, in seconds or with a unit such as '90 min'");
            } else {
                Long parsed = duration(line, "time", BARE_NUMBER.matcher(time).matches() ? time + " s" : time);
                if (parsed != null && parsed < previousTime) {
                    problem(line, "time", "times must not decrease: " + Quantities.formatDuration(parsed)
                            + " comes after " + Quantities.formatDuration(previousTime));
                } else if (parsed != null) {
                    timeMicros = parsed;
                    previousTime = parsed;
                }
            }
            String peerClass = cell(cells, 1).isEmpty() ? null : cell(cells, 1);
            if (peerClass != null && classNames != null && !classNames.contains(peerClass)) {
                problem(line, "class", "unknown class '" + peerClass + "'" + ClosestName.hint(peerClass, classNames)
                        + "; the network's classes: " + String.join(", ", classNames));
            }
            Double upload = rate(cells, 2, line);
            Double download = rate(cells, 3, line);
            if (upload != null && download != null && Double.isNaN(upload) != Double.isNaN(download)) {
                problem(line, "", "give upload and download together, or leave both empty to draw them from the class");
            }
            long seeding = -1;
            if (!cell(cells, 4).isEmpty()) {
                Long parsed = duration(line, "seeding", cell(cells, 4));
                seeding = parsed == null ? -1 : parsed;
            }
            if (problemCount() == before) {
                arrivals.add(new Arrival(timeMicros, peerClass, upload, download, seeding));
            }
        }

        /** The rate in a cell, NaN if the cell is empty, null with a problem if it is invalid. */
        private Double rate(String[] cells, int column, int line) {
            String text = cell(cells, column);
            if (text.isEmpty()) {
                return Double.NaN;
            }
            try {
                double rate = Quantities.parseRate(text);
                if (rate > 0) {
                    return rate;
                }
                problem(line, COLUMNS.get(column), "the rate must be greater than 0, not '" + text + "'");
            } catch (IllegalArgumentException e) {
                problem(line, COLUMNS.get(column), e.getMessage());
            }
            return null;
        }

        /** A duration of 0 or more, or null with a problem. */
        private Long duration(int line, String column, String text) {
            try {
                long micros = Quantities.parseDuration(text);
                if (micros >= 0) {
                    return micros;
                }
                problem(line, column, "the " + column + " must be 0 or more, not '" + text + "'");
            } catch (IllegalArgumentException e) {
                problem(line, column, e.getMessage());
            }
            return null;
        }
    }
}
