package atlas.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a written report back strictly, as XML, for assertions on its tables and charts. */
final class Pages {

    private Pages() {
    }

    static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** Every table row's cells, header rows included, in document order. */
    static List<List<String>> rows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = page.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList cells = ((Element) trs.item(i)).getChildNodes();
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                row.add(cells.item(c).getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The number of inline SVG charts, checking that their ids are unique. */
    static int charts(Document page) {
        NodeList svgs = page.getElementsByTagName("svg");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            ids.add(((Element) svgs.item(i)).getAttribute("id"));
        }
        assertEquals(svgs.getLength(), ids.size(), "chart ids must be unique: " + ids);
        return svgs.getLength();
    }

    static String text(Document page, String tag, int index) {
        return page.getElementsByTagName(tag).item(index).getTextContent();
    }
}
