package atlas.sim.scenario;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading of one CSV trace file, shared by {@link ArrivalTrace} and {@link PriceTrace}: the first
 * content line is a header naming the columns in any order, each later one a row; blank lines and
 * lines starting with '#' are skipped and fields are plain comma-separated text (no quoting). Every
 * problem is recorded with the file, line and column, so one load reports them all; a subclass
 * checks which columns its header needs and reads the cells of one row.
 */
abstract class CsvTrace {

    /** A plain decimal: Double.parseDouble alone would also take "NaN", "Infinity", "0x1p3" and "1d". */
    static final Pattern BARE_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** Beyond this many problems in one trace the rest are counted, not listed. */
    private static final int MAX_LISTED_PROBLEMS = 20;

    private final String file;
    private final ScenarioValidation problems;
    private final List<String> names;
    private final String columnsHint;
    /** Position of each of {@link #names} in the file, -1 if absent. */
    private final int[] index;
    private int columns;
    private int problemCount;
    private int firstUnlistedLine;

    /**
     * @param names       the columns a header may name, in the order the subclass numbers them
     * @param columnsHint what an unknown column's problem adds after "; ", listing the valid ones
     */
    CsvTrace(String file, List<String> names, String columnsHint, ScenarioValidation problems) {
        this.file = file;
        this.names = names;
        this.columnsHint = columnsHint;
        this.problems = problems;
        this.index = new int[names.size()];
    }

    /**
     * The lines of a trace file (UTF-8, a leading byte order mark dropped), or null with a problem if
     * it is missing, unreadable or not UTF-8.
     *
     * @param kind     what the file holds, as in "price trace"
     * @param fileNode the scenario's {@code file} value, where the problem is reported; may be null
     */
    static List<String> lines(Path file, String kind, YamlNode fileNode, ScenarioValidation problems) {
        try {
            return Utf8File.read(file).lines().toList();
        } catch (NoSuchFileException e) {
            report(problems, fileNode, kind + " file not found: " + file);
        } catch (Utf8File.NotUtf8Exception e) {
            problems.addElsewhere(new ScenarioProblem(file.toString(), e.line(), "", e.getMessage()));
        } catch (IOException e) {
            report(problems, fileNode, "cannot read the " + kind + " " + file + ": " + e.getMessage());
        }
        return null;
    }

    private static void report(ScenarioValidation problems, YamlNode node, String message) {
        if (node == null) {
            problems.add(0, "", message);
        } else {
            problems.add(node, message);
        }
    }

    /**
     * Reads the header and every row; true if the trace has no problems.
     *
     * @param emptyMessage  the problem of a file with no header
     * @param noRowsMessage the problem of a file with a header and nothing after it
     */
    final boolean read(List<String> lines, String emptyMessage, String noRowsMessage) {
        int headerLine = firstContentLine(lines, 0);
        if (headerLine == lines.size()) {
            problem(1, "", emptyMessage);
        } else if (header(lines.get(headerLine).split(",", -1), headerLine + 1)) {
            int first = firstContentLine(lines, headerLine + 1);
            for (int i = first; i < lines.size(); i = firstContentLine(lines, i + 1)) {
                String[] cells = lines.get(i).split(",", -1);
                if (cells.length == columns) {
                    row(cells, i + 1);
                } else {
                    problem(i + 1, "", "expected " + columns + " comma-separated fields as in the header, found "
                            + cells.length);
                }
            }
            if (first == lines.size()) {
                problem(headerLine + 1, "", noRowsMessage);
            }
        }
        if (problemCount > MAX_LISTED_PROBLEMS) {
            problems.addElsewhere(new ScenarioProblem(file, firstUnlistedLine, "", (problemCount - MAX_LISTED_PROBLEMS)
                    + " more problems in this trace, from this line on, are not listed"));
        }
        return problemCount == 0;
    }

    private static int firstContentLine(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).stripLeading().startsWith("#"))) {
            i++;
        }
        return i;
    }

    /** Finds each column; true if the header names no column that is unknown, twice or missing. */
    private boolean header(String[] header, int line) {
        Arrays.fill(index, -1);
        for (int i = 0; i < header.length; i++) {
            String name = header[i].trim();
            int column = names.indexOf(name);
            if (column < 0) {
                problem(line, name, "unknown column '" + name + "'" + ClosestName.hint(name, names)
                        + "; " + columnsHint);
            } else if (index[column] >= 0) {
                problem(line, name, "column '" + name + "' appears twice");
            } else {
                index[column] = i;
            }
        }
        checkColumns(line);
        columns = header.length;
        // The header is the first thing read, so any problem so far is the header's.
        return problemCount == 0;
    }

    /**
     * Records a problem for each rule of this kind of trace on which columns a header names (such as a
     * required column) that the header at {@code line} breaks.
     */
    abstract void checkColumns(int line);

    /** Reads one row whose cell count matches the header's, recording any problem. */
    abstract void row(String[] cells, int line);

    /** Whether the header names the column numbered {@code column} in the subclass's names. */
    final boolean has(int column) {
        return index[column] >= 0;
    }

    /** The trimmed cell of a column, "" if the header does not name it. */
    final String cell(String[] cells, int column) {
        return index[column] < 0 ? "" : cells[index[column]].trim();
    }

    final int problemCount() {
        return problemCount;
    }

    final void problem(int line, String column, String message) {
        problemCount++;
        if (problemCount <= MAX_LISTED_PROBLEMS) {
            problems.addElsewhere(new ScenarioProblem(file, line, column, message));
        } else if (problemCount == MAX_LISTED_PROBLEMS + 1) {
            firstUnlistedLine = line;
        }
    }
}
