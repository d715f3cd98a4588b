package atlas.sim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A CSV file as a list of named columns, each knowing how to write its cell of a row, so that a
 * new column is one entry in one list (the header and the rows cannot disagree). Rows are indices
 * into a source. RFC 4180 quoting; lines end with "\n".
 *
 * @param <S> the source of the rows
 */
public final class CsvTable<S> {

    /** How a column writes the cell of one row. */
    @FunctionalInterface
    interface Cell<S> {
        String at(S source, int row);
    }

    record Column<S>(String name, Cell<S> cell) {
    }

    private final List<Column<S>> columns;

    CsvTable(List<Column<S>> columns) {
        this.columns = List.copyOf(columns);
    }

    static <S> Column<S> column(String name, Cell<S> cell) {
        return new Column<>(name, cell);
    }

    /**
     * This table's columns read through {@code view} from a richer source, followed by
     * {@code extra}: optional columns appended without repeating the base ones.
     */
    <T> CsvTable<T> extendedBy(Function<T, S> view, List<Column<T>> extra) {
        List<Column<T>> all = new ArrayList<>();
        for (Column<S> c : columns) {
            Cell<S> cell = c.cell();
            all.add(new Column<>(c.name(), (source, row) -> cell.at(view.apply(source), row)));
        }
        all.addAll(extra);
        return new CsvTable<>(all);
    }

    void write(S source, int rows, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            appendCell(line, c, columns.get(c).name());
        }
        endLine(out, line);
        for (int row = 0; row < rows; row++) {
            for (int c = 0; c < columns.size(); c++) {
                appendCell(line, c, columns.get(c).cell().at(source, row));
            }
            endLine(out, line);
        }
    }

    /** The cells as one CSV line with its "\n", quoted by RFC 4180 where a cell needs it. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            appendCell(line, c, cells.get(c));
        }
        return line.append('\n').toString();
    }

    private static void appendCell(StringBuilder line, int column, String cell) {
        if (column > 0) {
            line.append(',');
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        if (!quote) {
            line.append(cell);
            return;
        }
        line.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '"') {
                line.append('"');
            }
            line.append(ch);
        }
        line.append('"');
    }

    private static void endLine(Writer out, StringBuilder line) throws IOException {
        out.append(line).append('\n');
        line.setLength(0);
    }
}
