package atlas.sim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

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

    /** Beyond this many problems in one trace the rest are counted, not listed. */
    private static final int MAX_LISTED_PROBLEMS = 20;

    private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

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
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            report(problems, fileNode, "arrival trace file not found: " + file);
            return null;
        } catch (IOException e) {
            report(problems, fileNode, "cannot read the arrival trace " + file + ": " + e.getMessage());
            return null;
        }
        return new Reader(file.toString(), classNames, problems).read(lines);
    }

    private static void report(ScenarioValidation problems, YamlNode node, String message) {
        if (node == null) {
            problems.add(0, "", message);
        } else {
            problems.add(node, message);
        }
    }

    /** The state of reading one file: its column positions and problem count. */
    private static final class Reader {
        private final String file;
        private final Collection<String> classNames;
        private final ScenarioValidation problems;
        /** Position of each of {@link #COLUMNS} in the file, -1 if absent. */
        private final int[] index = new int[COLUMNS.size()];
        private int columns;
        private long previousTime;
        private int problemCount;
        private int firstUnlistedLine;

        Reader(String file, Collection<String> classNames, ScenarioValidation problems) {
            this.file = file;
            this.classNames = classNames;
            this.problems = problems;
        }

        ArrivalTrace read(List<String> lines) {
            int headerLine = firstContentLine(lines, 0);
            if (headerLine == lines.size()) {
                problem(1, "", "the trace is empty; its first line names the columns, e.g. 'time,class'");
                return finish(List.of(), false);
            }
            if (!header(lines.get(headerLine).split(",", -1), headerLine + 1)) {
                return finish(List.of(), false);
            }
            List<Arrival> arrivals = new ArrayList<>();
            for (int i = firstContentLine(lines, headerLine + 1); i < lines.size(); i = firstContentLine(lines, i + 1)) {
                Arrival arrival = row(lines.get(i).split(",", -1), i + 1);
                if (arrival != null) {
                    arrivals.add(arrival);
                }
            }
            if (arrivals.isEmpty() && problemCount == 0) {
                problem(headerLine + 1, "", "the trace has a header but no arrivals");
            }
            return finish(arrivals, index[4] >= 0);
        }

        private ArrivalTrace finish(List<Arrival> arrivals, boolean hasSeeding) {
            if (problemCount > MAX_LISTED_PROBLEMS) {
                problems.addElsewhere(new ScenarioProblem(file, firstUnlistedLine, "", (problemCount - MAX_LISTED_PROBLEMS)
                        + " more problems in this trace, from this line on, are not listed"));
            }
            return problemCount == 0 ? new ArrivalTrace(arrivals, hasSeeding) : null;
        }

        private static int firstContentLine(List<String> lines, int from) {
            int i = from;
            while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).stripLeading().startsWith("#"))) {
                i++;
            }
            return i;
        }

        private boolean header(String[] names, int line) {
            Arrays.fill(index, -1);
            boolean valid = true;
            for (int i = 0; i < names.length; i++) {
                String name = names[i].trim();
                int column = COLUMNS.indexOf(name);
                if (column < 0) {
                    problem(line, name, "unknown column '" + name + "'" + ClosestName.hint(name, COLUMNS)
                            + "; valid columns: " + String.join(", ", COLUMNS));
                    valid = false;
                } else if (index[column] >= 0) {
                    problem(line, name, "column '" + name + "' appears twice");
                    valid = false;
                } else {
                    index[column] = i;
                }
            }
            if (index[0] < 0) {
                problem(line, "", "the header has no 'time' column; columns: " + String.join(", ", COLUMNS)
                        + " (only time is required)");
                valid = false;
            }
            if ((index[2] < 0) != (index[3] < 0)) {
                problem(line, "", "give the upload and download columns together, or neither");
                valid = false;
            }
            columns = names.length;
            return valid;
        }

        private Arrival row(String[] cells, int line) {
            if (cells.length != columns) {
                problem(line, "", "expected " + columns + " comma-separated fields as in the header, found " + cells.length);
                return null;
            }
            int before = problemCount;
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
            return problemCount == before ? new Arrival(timeMicros, peerClass, upload, download, seeding) : null;
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

        private String cell(String[] cells, int column) {
            return index[column] < 0 ? "" : cells[index[column]].trim();
        }

        private void problem(int line, String column, String message) {
            problemCount++;
            if (problemCount <= MAX_LISTED_PROBLEMS) {
                problems.addElsewhere(new ScenarioProblem(file, line, column, message));
            } else if (problemCount == MAX_LISTED_PROBLEMS + 1) {
                firstUnlistedLine = line;
            }
        }
    }
}
