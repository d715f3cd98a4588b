package atlas.analysis.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Guards reading result CSVs by header name: empty cells are "did not happen" (NaN), quoted
// fields keep their commas, and malformed files fail naming file, line and column.
class CsvTableTest {

    @Test
    void readsCellsByHeaderNameWithEmptyCellsAsNaN() {
        CsvTable t = CsvTable.parse("t.csv", "a,b,c\n1,,true\n2.5,3,false\n");
        assertEquals(List.of("a", "b", "c"), t.columns());
        assertEquals(2, t.rowCount());
        assertArrayEquals(new double[] {1, 2.5}, t.doubles("a"));
        double[] b = t.doubles("b");
        assertTrue(Double.isNaN(b[0]));
        assertEquals(3, b[1]);
        assertArrayEquals(new double[] {1, 0}, t.doubles("c"));
        assertEquals("", t.text(0, "b"));
    }

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() {
        CsvTable t = CsvTable.parse("t.csv", "name,value\n\"a, \"\"b\"\"\",1\n\"\",2\n");
        assertArrayEquals(new String[] {"a, \"b\"", ""}, t.strings("name"));
        assertEquals(List.of(List.of("a, \"b\"", "1"), List.of("", "2")), t.rows());
    }

    @Test
    void aMissingColumnIsAnErrorNamingTheColumns() {
        CsvTable t = CsvTable.parse("t.csv", "a\n1\n");
        assertFalse(t.has("b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.doubles("b"));
        assertTrue(e.getMessage().contains("t.csv") && e.getMessage().contains("no column b"), e.getMessage());
    }

    @Test
    void malformedFilesFailWithFileAndLine() {
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse("t.csv", "a,b\n1,2\n3\n"));
        assertTrue(ragged.getMessage().startsWith("t.csv:3:"), ragged.getMessage());
        CsvTable t = CsvTable.parse("t.csv", "a\n1\nx\n");
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class, () -> t.doubles("a"));
        assertTrue(notNumber.getMessage().startsWith("t.csv:3: column a"), notNumber.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("t.csv", ""));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("t.csv", "a,a\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("t.csv", "a\n\"open\n"));
    }
}
