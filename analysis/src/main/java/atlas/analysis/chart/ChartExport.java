package atlas.analysis.chart;

import atlas.analysis.results.AtomicFile;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as PNG, SVG or PDF at a paper layout's size, in {@link ChartStyle}'s look. PNG is
 * drawn at {@link Layout#PNG_DPI}; SVG keeps text as {@code <text>} elements (JFreeSVG); PDF is
 * vector, drawn through PDFBox's Graphics2D bridge (rototor pdfbox-graphics2d) with the chart font
 * embedded as a subset, so text stays text: it can be searched and copied and prints with the
 * right glyphs. Without the DejaVu font files, text in the JDK's logical fonts falls back to the
 * standard, non-embedded Helvetica, and other text is drawn as outlines.
 *
 * <p>Files are written with {@link AtomicFile}, so an interrupted redraw never leaves a truncated
 * chart behind.
 */
public final class ChartExport {

    static {
        // JFreeChart by default draws rotated text (the y-axis label) through TextLayout, an old
        // JDK bug workaround that turns the text into outlines: no <text> in SVG, no text in PDF.
        // The JDKs this project supports rotate drawString correctly.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartExport() {
    }

    /**
     * Writes the chart in each format as {@code dir/baseName.<extension>}.
     *
     * @return the files written, in {@link Format} order
     */
    public static List<Path> write(JFreeChart chart, Layout layout, Set<Format> formats, Path dir, String baseName) {
        List<Path> written = new ArrayList<>();
        for (Format format : Format.values()) {
            if (formats.contains(format)) {
                Path file = dir.resolve(baseName + "." + format.extension());
                write(chart, layout, format, file);
                written.add(file);
            }
        }
        return written;
    }

    /** Writes the chart to one file in one format, styled for the layout. */
    public static void write(JFreeChart chart, Layout layout, Format format, Path file) {
        ChartStyle.apply(chart, layout);
        AtomicFile.write(file, temporary -> {
            switch (format) {
                case PNG -> writePng(chart, layout, temporary);
                case SVG -> Files.writeString(temporary, svgDocument(chart, layout), StandardCharsets.UTF_8);
                case PDF -> writePdf(chart, layout, temporary);
                default -> throw new AssertionError(format);
            }
        });
    }

    /**
     * The chart as an {@code <svg>} element to inline in HTML. {@code id} must be unique within
     * the page: it prefixes the element's internal clip-path ids, which would otherwise collide
     * between charts.
     */
    public static String svgElement(JFreeChart chart, Layout layout, String id) {
        ChartStyle.apply(chart, layout);
        return svgGraphics(chart, layout, id).getSVGElement(id, true, viewBox(layout), null, null);
    }

    private static String svgDocument(JFreeChart chart, Layout layout) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svgGraphics(chart, layout, "chart").getSVGElement(null, true, viewBox(layout), null, null) + "\n";
    }

    /** User units are points, so the drawing fills the element's size given in points. */
    private static ViewBox viewBox(Layout layout) {
        return new ViewBox(0, 0, layout.width(), layout.height());
    }

    private static SVGGraphics2D svgGraphics(JFreeChart chart, Layout layout, String prefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(layout.width(), layout.height(), SVGUnits.PT);
        g2.setDefsKeyPrefix(prefix + "-");
        // A viewer without the chart font falls back to its own sans-serif rather than a serif.
        g2.setFontFunction(family -> family.equals(ChartStyle.FONT_FAMILY) && !family.equals(Font.SANS_SERIF)
                ? "\"" + family + "\", sans-serif" : "sans-serif");
        chart.draw(g2, bounds(layout));
        g2.dispose();
        return g2;
    }

    private static void writePng(JFreeChart chart, Layout layout, Path file) throws IOException {
        BufferedImage image = new BufferedImage(layout.pngWidth(), layout.pngHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(layout.pngWidth() / layout.width(), layout.pngHeight() / layout.height());
            chart.draw(g2, bounds(layout));
        } finally {
            g2.dispose();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    private static void writePdf(JFreeChart chart, Layout layout, Path file) throws IOException {
        float width = (float) layout.width();
        float height = (float) layout.height();
        try (PDDocument document = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = fontDrawer()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height);
            g2.setFontTextDrawer(fonts);
            chart.draw(g2, bounds(layout));
            g2.dispose();
            PDFormXObject form = g2.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            // PDFBox would otherwise make the file identifier from the clock; derive it from the
            // drawing so that redrawing the same results gives the same bytes.
            COSString id = new COSString(contentDigest(form));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(file.toFile());
        }
    }

    private static byte[] contentDigest(PDFormXObject form) throws IOException {
        try (InputStream in = form.getContents()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Embeds the DejaVu files when found, so the PDF shows the same glyphs as PNG and SVG. */
    private static PdfBoxGraphics2DFontTextDrawer fontDrawer() {
        List<Path> files = FontFiles.dejaVuSans();
        PdfBoxGraphics2DFontTextDrawer drawer = files.isEmpty()
                ? new PdfBoxGraphics2DFontTextDrawerDefaultFonts()
                : new PdfBoxGraphics2DFontTextDrawer();
        for (Path f : files) {
            drawer.registerFont(f.toFile());
        }
        return drawer;
    }

    private static Rectangle2D bounds(Layout layout) {
        return new Rectangle2D.Double(0, 0, layout.width(), layout.height());
    }
}
