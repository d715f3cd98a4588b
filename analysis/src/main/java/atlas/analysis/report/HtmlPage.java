package atlas.analysis.report;

import atlas.analysis.chart.ChartExport;
import atlas.analysis.chart.Layout;
import atlas.analysis.results.AtomicFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Builds one self-contained HTML5 page: no scripts, no external style sheets, fonts or images, so
 * the file can be mailed or archived and still shows everything. The markup is also well-formed
 * XML, so tests and tools can parse it strictly. All text passes through {@link
 * #escape}; the only markup not built here is the SVG that JFreeSVG writes, which escapes its
 * own text.
 */
public final class HtmlPage {

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 58em;
                   padding: 0 1em; color: #222; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
            div.table { overflow-x: auto; } table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
            th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: right; }
            th { background: #f2f2f2; } td:first-child, th:first-child { text-align: left; }
            figure { display: inline-block; margin: 0.5em 1em 0.5em 0; vertical-align: top; }
            figcaption { font-size: 0.85em; color: #555; max-width: 27em; }
            figure.one-column svg { width: 27em; } figure.two-column svg { width: 56em; }
            figure.two-column figcaption { max-width: 56em; } svg { max-width: 100%; height: auto; }
            pre { background: #f7f7f7; padding: 0.5em; overflow-x: auto; font-size: 0.8em; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; font-size: 0.9em; }
            dt { font-weight: bold; } dd { margin: 0; font-family: monospace; }
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;
    private int charts;

    /** Starts a page with a title, shown as the first heading. */
    public HtmlPage(String title) {
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>\n");
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A section heading. */
    public HtmlPage heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    /** A paragraph of plain text. */
    public HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Name-value pairs, such as provenance. */
    public HtmlPage definitions(Map<String, String> pairs) {
        body.append("<dl>\n");
        pairs.forEach((k, v) -> body.append("<dt>").append(escape(k)).append("</dt><dd>").append(escape(v)).append("</dd>\n"));
        body.append("</dl>\n");
        return this;
    }

    /** A table with a header row; each row must have as many cells as the header. */
    public HtmlPage table(List<String> header, List<List<String>> rows) {
        // Wide tables scroll inside their box instead of widening the page.
        body.append("<div class=\"table\"><table>\n<thead><tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells, header " + header.size());
            }
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(escape(cell)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table></div>\n");
        return this;
    }

    /** A table folded away under a summary line, for long tables such as per-peer rows. */
    public HtmlPage foldedTable(String summary, List<String> header, List<List<String>> rows) {
        body.append("<details><summary>").append(escape(summary)).append("</summary>\n");
        table(header, rows);
        body.append("</details>\n");
        return this;
    }

    /** Preformatted text, such as a scenario file. */
    public HtmlPage preformatted(String text) {
        body.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /** A chart as inline SVG with a caption. */
    public HtmlPage chart(JFreeChart chart, Layout layout, String caption) {
        String id = "chart-" + (++charts);
        String size = layout == Layout.ONE_COLUMN ? "one-column" : "two-column";
        body.append("<figure id=\"").append(id).append("\" class=\"").append(size).append("\">")
                .append(ChartExport.svgElement(chart, layout, id))
                .append("<figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        return this;
    }

    /** The whole page. */
    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** Writes the page atomically as UTF-8. */
    public void write(Path file) {
        AtomicFile.writeString(file, render());
    }
}
