package atlas.sim.regress;

import atlas.analysis.results.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The check as a JUnit XML report (the Ant/Surefire schema CI servers read): one test suite per
 * scenario, one test case per gated metric, failing when the metric regressed and skipped when it
 * is undefined, plus a "behaviour" case whose output says whether the digests changed. A change
 * of behaviour is not a failure: it may be what the change intended.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    /** Writes {@code report} to {@code file}, atomically. */
    public static void write(RegressionReport report, Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int failures = report.rows(Verdict.REGRESSED).size();
        int tests = report.metrics().size() + report.behaviour().size();
        xml.append("<testsuites name=\"atlas regress\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\">\n");
        for (BehaviourCheck behaviour : report.behaviour()) {
            String suite = "regress." + behaviour.scenario();
            List<MetricRow> rows = report.metrics().stream().filter(r -> r.scenario().equals(behaviour.scenario())).toList();
            long failed = rows.stream().filter(r -> r.verdict() == Verdict.REGRESSED).count();
            long skipped = rows.stream().filter(r -> r.verdict() == Verdict.UNDEFINED).count();
            xml.append("  <testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(rows.size() + 1)
                    .append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"").append(skipped)
                    .append("\">\n");
            xml.append("    <testcase classname=\"").append(escape(suite)).append("\" name=\"behaviour\">\n")
                    .append("      <system-out>").append(escape(behaviour.describe())).append("</system-out>\n")
                    .append("    </testcase>\n");
            for (MetricRow row : rows) {
                xml.append("    <testcase classname=\"").append(escape(suite)).append("\" name=\"")
                        .append(escape(row.metric().name())).append('"');
                if (row.verdict() == Verdict.REGRESSED) {
                    xml.append(">\n      <failure type=\"regression\" message=\"").append(escape(describe(row)))
                            .append("\"/>\n    </testcase>\n");
                } else if (row.verdict() == Verdict.UNDEFINED) {
                    xml.append(">\n      <skipped message=\"too few runs define this metric to test it\"/>\n    </testcase>\n");
                } else {
                    xml.append(">\n      <system-out>").append(escape(describe(row))).append("</system-out>\n    </testcase>\n");
                }
            }
            xml.append("  </testsuite>\n");
        }
        xml.append("</testsuites>\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFile.writeString(file, xml.toString());
    }

    /** "regressed: 227.5 -> 260.1 (+14.3 %, tolerance 5 %, better lower), Holm p = 0.0001". */
    static String describe(MetricRow row) {
        MetricComparison c = row.comparison();
        return row.verdict().label() + ": " + RegressionReport.number(c.baselineMean()) + " -> "
                + RegressionReport.number(c.nowMean()) + " (" + RegressionReport.percent(c.relativeChange())
                + ", tolerance " + row.metric().toleranceText() + ", better "
                + row.metric().better().name().toLowerCase(Locale.ROOT) + "), Holm p = "
                + RegressionReport.pValue(row.adjustedP());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
