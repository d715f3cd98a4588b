package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards that PDF charts embed the chart font when it is installed, so a paper prints the same
// glyphs as the PNG and SVG instead of a viewer's substitute (CI installs fonts-dejavu-core).
class PdfFontsTest {

    @TempDir
    Path dir;

    @Test
    void pdfEmbedsDejaVuSans() throws Exception {
        assumeFalse(FontFiles.dejaVuSans().isEmpty(), "DejaVu Sans is not installed");
        Path file = dir.resolve("c.pdf");
        ChartExport.write(ChartFactory.createXYLineChart(null, "Time (s)", "Peers", new XYSeriesCollection()),
                Layout.ONE_COLUMN, Format.PDF, file);
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDResources page = document.getPage(0).getResources();
            for (COSName name : page.getXObjectNames()) {
                PDResources form = ((PDFormXObject) page.getXObject(name)).getResources();
                for (COSName f : form.getFontNames()) {
                    PDFont font = form.getFont(f);
                    if (font.isEmbedded()) {
                        fonts.add(font.getName());
                    }
                }
            }
        }
        assertTrue(fonts.stream().anyMatch(n -> n.contains("DejaVuSans")), "embedded fonts " + fonts);
    }
}
