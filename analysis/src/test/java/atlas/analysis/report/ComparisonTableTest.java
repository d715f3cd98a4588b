package atlas.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.analysis.compare.Comparison;
import atlas.analysis.results.RunSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Guards the terminal table of `atlas compare`: one aligned block per candidate with the rounded
// statistics, so a glance at the terminal matches the HTML report.
class ComparisonTableTest {

    @Test
    void formatsOneAlignedBlockPerCandidate() {
        List<RunSummary> a = List.of(new RunSummary("a", 1, Map.of(), Map.of("t_s", 10.0)),
                new RunSummary("a", 2, Map.of(), Map.of("t_s", 12.0)));
        List<RunSummary> b = List.of(new RunSummary("b", 1, Map.of(), Map.of("t_s", 11.0)),
                new RunSummary("b", 2, Map.of(), Map.of("t_s", 13.0)));
        // Two tied differences of 1: R's wilcox.test falls back to the corrected normal approximation, p = 0.3458.
        String expected = """
                b against a
                metric  n  baseline  candidate  difference  95% CI  t p  Wilcoxon p  d_z
                t_s     2        11         12           1  [1, 1]    0      0.3458  inf

                """;
        assertEquals(expected, ComparisonTable.format(List.of(Comparison.of("a", a, "b", b))));
    }
}
