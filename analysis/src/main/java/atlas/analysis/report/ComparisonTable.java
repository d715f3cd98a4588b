package atlas.analysis.report;

import atlas.analysis.compare.Comparison;
import atlas.analysis.stats.PairedComparison;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as a plain-text table for the terminal, one block per candidate: per metric the
 * two means, the difference with its 95 % interval, the paired t and Wilcoxon p-values, unadjusted
 * and Holm-adjusted over the whole comparison, and Cohen's d_z, rounded as in the HTML report; then
 * the metrics left out and why. Columns are padded to their widest cell.
 */
public final class ComparisonTable {

    private static final List<String> HEADER = List.of("metric", "n", "baseline", "candidate", "difference", "95% CI",
            "t p unadj.", "t p Holm", "Wilcoxon p unadj.", "Wilcoxon p Holm", "d_z");

    private ComparisonTable() {
    }

    /** The text, ending with a newline. */
    public static String format(List<Comparison> comparisons) {
        StringBuilder out = new StringBuilder();
        for (Comparison c : comparisons) {
            out.append(c.candidate()).append(" against ").append(c.baseline()).append('\n');
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADER);
            for (Comparison.Metric m : c.metrics()) {
                PairedComparison s = m.stats();
                rows.add(List.of(m.name(), Integer.toString(s.n()), mean(s.meanA()), mean(s.meanB()), mean(s.meanDifference()),
                        "[" + mean(s.ciLow()) + ", " + mean(s.ciHigh()) + "]", test(s.tTestP()), test(m.tTestPHolm()),
                        test(s.wilcoxonP()), test(m.wilcoxonPHolm()), test(s.cohenDz())));
            }
            appendAligned(out, rows);
            for (Comparison.Omitted o : c.omitted()) {
                out.append("omitted: ").append(o.name()).append(" (").append(o.reason()).append(")\n");
            }
            out.append('\n');
        }
        out.append(ComparisonReport.pValueNote(comparisons)).append('\n');
        return out.toString();
    }

    private static String mean(double v) {
        return Numbers.rounded(v, ComparisonReport.MEANS);
    }

    private static String test(double v) {
        return Numbers.rounded(v, ComparisonReport.TESTS);
    }

    /** The metric name left-aligned, numbers right-aligned, two spaces between columns. */
    private static void appendAligned(StringBuilder out, List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(i == 0 ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
