package atlas.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.results.CsvTable;
import atlas.analysis.results.RunSummary;
import atlas.analysis.stats.PairedComparison;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Guards that a comparison pairs runs by seed (refusing mismatched seeds), compares every metric
// with enough defined pairs, and writes a CSV that reads back to the same numbers.
class ComparisonTest {

    private static RunSummary run(long seed, Map<String, Double> metrics) {
        return new RunSummary("s", seed, Map.of(), metrics);
    }

    private static final List<RunSummary> BASE = List.of(
            run(1, Map.of("t", 10.0, "r", 0.5)), run(2, Map.of("t", 12.0)), run(3, Map.of("t", 11.0)));
    private static final List<RunSummary> CANDIDATE = List.of(
            run(1, Map.of("t", 9.0, "r", 0.6)), run(2, Map.of("t", 10.5)), run(3, Map.of("t", 10.0, "only", 1.0)));

    @Test
    void comparesMetricsWithAtLeastTwoDefinedPairs() {
        Comparison c = Comparison.of("base", BASE, "cand", CANDIDATE);
        assertEquals(1, c.metrics().size(), "r has one pair and 'only' none, so only t is compared");
        Comparison.Metric t = c.metrics().get(0);
        assertEquals("t", t.name());
        PairedComparison direct = PairedComparison.of(new double[] {10, 12, 11}, new double[] {9, 10.5, 10});
        assertEquals(direct, t.stats());
        assertEquals(100 * direct.meanDifference() / 11, t.relativePercent()[0], 1e-12);
    }

    @Test
    void refusesRunsThatAreNotPairedBySeed() {
        List<RunSummary> shifted = List.of(CANDIDATE.get(1), CANDIDATE.get(0), CANDIDATE.get(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Comparison.of("base", BASE, "cand", shifted));
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Comparison.of("base", BASE, "cand", CANDIDATE.subList(0, 2)));
    }

    @Test
    void csvReadsBackToTheSameNumbers() {
        Comparison c = Comparison.of("base", BASE, "cand, v2", CANDIDATE);
        CsvTable table = CsvTable.parse("comparison.csv", ComparisonCsv.format(List.of(c)));
        assertEquals(ComparisonCsv.HEADER, table.columns());
        assertEquals("cand, v2", table.text(0, "candidate"));
        PairedComparison s = c.metrics().get(0).stats();
        assertEquals(s.ciLow(), table.number(0, "ci_low"));
        assertEquals(s.wilcoxonP(), table.number(0, "wilcoxon_p"));
        assertEquals(s.cohenDz(), table.number(0, "cohen_dz"));
    }
}
