package atlas.analysis.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file held as text cells and addressed by header name (RFC 4180: comma separated, a field
 * may be double-quoted, a quote inside a quoted field is doubled; fields do not span lines, which
 * the simulator never writes). Cells stay text until a column is asked for as numbers, so a reader
 * pays only for the columns it uses and unknown extra columns cost nothing.
 */
public final class CsvTable {

    private final String source;
    private final List<String> columns;
    private final Map<String, Integer> index;
    private final List<String[]> rows;

    private CsvTable(String source, List<String> columns, List<String[]> rows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (idx.put(columns.get(i), i) != null) {
                throw new ResultFileException(source + ":1: column " + columns.get(i) + " appears twice");
            }
        }
        this.index = idx;
    }

    /** Reads a UTF-8 CSV file whose first line is the header. */
    public static CsvTable read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static CsvTable parse(String source, String text) {
        try {
            return parse(source, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvTable parse(String source, Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null) {
            throw new ResultFileException(source + ": empty file, expected a header line");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> columns = split(source, 1, header);
        List<String[]> rows = new ArrayList<>();
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = split(source, lineNumber, line);
            if (cells.size() != columns.size()) {
                throw new ResultFileException(source + ":" + lineNumber + ": " + cells.size()
                        + " cells but the header has " + columns.size() + " columns");
            }
            rows.add(cells.toArray(new String[0]));
        }
        return new CsvTable(source, columns, rows);
    }

    private static List<String> split(String source, int lineNumber, String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            cell.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new ResultFileException(source + ":" + lineNumber + ": unterminated quoted field");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new ResultFileException(source + ":" + lineNumber + ": text after a closing quote");
                }
            } else {
                int end = line.indexOf(',', i);
                end = end < 0 ? line.length() : end;
                cell.append(line, i, end);
                i = end;
            }
            cells.add(cell.toString());
            if (i >= line.length()) {
                return cells;
            }
            i++; // the comma
        }
    }

    /** Where the table came from, for messages. */
    public String source() {
        return source;
    }

    /** The header, in file order. */
    public List<String> columns() {
        return columns;
    }

    /** The number of data rows. */
    public int rowCount() {
        return rows.size();
    }

    /** Whether the header has this column. */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The position of a column in the header. */
    public int columnIndex(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new ResultFileException(source + ": no column " + column + " (columns: " + columns + ")");
        }
        return i;
    }

    /** The text of one cell; empty when the cell is empty. */
    public String text(int row, String column) {
        return rows.get(row)[columnIndex(column)];
    }

    /** A column's cells as text. */
    public String[] strings(String column) {
        int c = columnIndex(column);
        String[] values = new String[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = rows.get(r)[c];
        }
        return values;
    }

    /**
     * A column as numbers, an empty cell reading as NaN ("did not happen"); {@code true} and
     * {@code false} read as 1 and 0 so flag columns can be counted.
     *
     * @throws IllegalArgumentException naming file, line and column if a cell is not a number
     */
    public double[] doubles(String column) {
        int c = columnIndex(column);
        double[] values = new double[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = number(rows.get(r)[c], r, column);
        }
        return values;
    }

    /** One cell as a number, as {@link #doubles(String)} reads it. */
    public double number(int row, String column) {
        return number(rows.get(row)[columnIndex(column)], row, column);
    }

    private double number(String cell, int row, String column) {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        switch (cell) {
            case "true":
                return 1;
            case "false":
                return 0;
            default:
                try {
                    return Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    // Data rows start on line 2 of the file.
                    throw new ResultFileException(source + ":" + (row + 2) + ": column " + column
                            + " holds '" + cell + "', not a number", e);
                }
        }
    }

    /** The rows as unmodifiable lists of cells, for writers that copy the table as it is. */
    public List<List<String>> rows() {
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            copy.add(List.of(row));
        }
        return copy;
    }
}
