package atlas.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.compare.Comparison;
import atlas.analysis.results.RunSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Guards the terminal table of `atlas compare`: one aligned block per candidate with the rounded
// statistics, unadjusted and Holm-adjusted p-values labelled as such and the metrics left out, so a
// glance at the terminal matches the HTML report.
class ComparisonTableTest {

    @Test
    void formatsOneAlignedBlockPerCandidate() {
        List<RunSummary> a = List.of(new RunSummary("a", 1, Map.of(), Map.of("t_s", 10.0, "late", 1.0)),
                new RunSummary("a", 2, Map.of(), Map.of("t_s", 12.0)));
        List<RunSummary> b = List.of(new RunSummary("b", 1, Map.of(), Map.of("t_s", 11.0, "late", 2.0)),
                new RunSummary("b", 2, Map.of(), Map.of("t_s", 13.0)));
        // Two tied differences of 1: R's wilcox.test falls back to the corrected normal approximation, p = 0.3458.
        String expected = """
                b against a
                metric  n  baseline  candidate  difference  95% CI  t p unadj.  t p Holm  Wilcoxon p unadj.  Wilcoxon p Holm  d_z
                t_s     2        11         12           1  [1, 1]           0         0             0.3458           0.3458  inf
                omitted: late (defined in both runs of 1 of 2 pairs; an interval needs at least 2)

                p-values are two-sided. Unadjusted ones judge each of the 1 tests alone; Holm-adjusted ones (Holm 1979), \
                over all 1 (every metric of every candidate), keep the chance of any false finding among them at most the \
                level: judge significance by those.
                """;
        assertEquals(expected, ComparisonTable.format(List.of(Comparison.of("a", a, "b", b))));
    }

    @Test
    void holmColumnsAdjustOverEveryCandidate() {
        List<RunSummary> a = List.of(new RunSummary("a", 1, Map.of(), Map.of("t_s", 10.0)),
                new RunSummary("a", 2, Map.of(), Map.of("t_s", 12.0)), new RunSummary("a", 3, Map.of(), Map.of("t_s", 11.0)));
        Map<String, List<RunSummary>> candidates = new LinkedHashMap<>();
        candidates.put("b", List.of(new RunSummary("b", 1, Map.of(), Map.of("t_s", 11.0)),
                new RunSummary("b", 2, Map.of(), Map.of("t_s", 13.5)), new RunSummary("b", 3, Map.of(), Map.of("t_s", 12.0))));
        candidates.put("c", List.of(new RunSummary("c", 1, Map.of(), Map.of("t_s", 10.2)),
                new RunSummary("c", 2, Map.of(), Map.of("t_s", 11.9)), new RunSummary("c", 3, Map.of(), Map.of("t_s", 11.0))));
        List<Comparison> family = Comparison.family("a", a, candidates);
        String text = ComparisonTable.format(family);
        Comparison.Metric b = family.get(0).metrics().get(0);
        // b's t p-value is the smaller of the two, so Holm doubles it.
        assertEquals(2 * b.stats().tTestP(), b.tTestPHolm(), 1e-15);
        assertTrue(text.contains("each of the 2 tests alone"), text);
    }
}
