package atlas.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.chart.Layout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

// Guards that no text, whether in headings, tables, provenance or chart labels, can break out of
// the report's markup: every page parses strictly and shows the text as written.
class HtmlPageTest {

    private static final String NASTY = "a<b & c>\"d\" 'e' </table><script>x</script>";

    @TempDir
    Path dir;

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlPage.escape("<a href=\"x\">&'"));
    }

    @Test
    void everyKindOfTextSurvivesAsWritten() throws Exception {
        XYSeries series = new XYSeries(NASTY);
        series.add(1, 2);
        series.add(2, 3);
        HtmlPage page = new HtmlPage(NASTY)
                .heading(NASTY)
                .paragraph(NASTY)
                .definitions(Map.of(NASTY, NASTY))
                .table(List.of(NASTY), List.of(List.of(NASTY)))
                .foldedTable(NASTY, List.of("x"), List.of(List.of(NASTY)))
                .preformatted(NASTY)
                .chart(ChartFactory.createXYLineChart(null, NASTY, "y", new XYSeriesCollection(series)), Layout.ONE_COLUMN,
                        NASTY);
        Path file = dir.resolve("page.html");
        page.write(file);
        Document doc = Pages.parse(file);
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(NASTY, Pages.text(doc, "title", 0));
        assertEquals(NASTY, Pages.text(doc, "h2", 0));
        assertEquals(NASTY, Pages.text(doc, "pre", 0));
        assertEquals(NASTY, Pages.text(doc, "figcaption", 0));
        boolean labelFound = false;
        for (int i = 0; i < doc.getElementsByTagName("text").getLength(); i++) {
            labelFound |= NASTY.equals(Pages.text(doc, "text", i));
        }
        assertTrue(labelFound, "the axis label is SVG text, escaped by JFreeSVG");
        assertEquals(1, Pages.charts(doc));
    }

    @Test
    void rejectsRowsThatDoNotMatchTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new HtmlPage("t").table(List.of("a", "b"), List.of(List.of("1"))));
    }
}
