package atlas.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.results.CsvTable;
import atlas.analysis.results.RunSummary;
import atlas.analysis.stats.Holm;
import atlas.analysis.stats.PairedComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

// Guards that a comparison pairs runs by seed (refusing mismatched seeds), compares every metric
// with enough defined pairs and lists the others with the reason, Holm-adjusts the p-values over
// every metric of every candidate, and writes a CSV that reads back to the same numbers.
class ComparisonTest {

    private static RunSummary run(long seed, Map<String, Double> metrics) {
        return new RunSummary("s", seed, Map.of(), metrics);
    }

    private static final List<RunSummary> BASE = List.of(
            run(1, Map.of("t", 10.0, "r", 0.5)), run(2, Map.of("t", 12.0)), run(3, Map.of("t", 11.0)));
    private static final List<RunSummary> CANDIDATE = List.of(
            run(1, Map.of("t", 9.0, "r", 0.6)), run(2, Map.of("t", 10.5)), run(3, Map.of("t", 10.0, "only", 1.0)));

    @Test
    void comparesMetricsWithAtLeastTwoDefinedPairsAndListsTheOthers() {
        Comparison c = Comparison.of("base", BASE, "cand", CANDIDATE);
        assertEquals(1, c.metrics().size(), "r has one pair and 'only' none, so only t is compared");
        Comparison.Metric t = c.metrics().get(0);
        assertEquals("t", t.name());
        double[] a = {10, 12, 11};
        double[] b = {9, 10.5, 10};
        PairedComparison direct = PairedComparison.of(a, b);
        assertEquals(direct, t.stats());
        assertEquals(PercentChange.of(a, b), t.percentChange());
        assertEquals(List.of(new Comparison.Omitted("r", 1, 3), new Comparison.Omitted("only", 0, 3)), c.omitted());
        assertEquals("defined in both runs of 1 of 3 pairs; an interval needs at least 2", c.omitted().get(0).reason());
        assertEquals(direct.tTestP(), t.tTestPHolm(), "a family of one test needs no adjustment");
    }

    @Test
    void holmAdjustsOverEveryMetricOfEveryCandidate() {
        List<RunSummary> base = new ArrayList<>();
        Map<String, List<RunSummary>> candidates = new LinkedHashMap<>();
        candidates.put("up", new ArrayList<>());
        candidates.put("same", new ArrayList<>());
        for (int seed = 1; seed <= 6; seed++) {
            double x = 10 + seed % 3;
            // "never" is null in every baseline run, as retention past a short run's end.
            base.add(new RunSummary("s", seed, Map.of(), Map.of("x", x, "y", 2.0 * seed), Set.of("never")));
            candidates.get("up").add(run(seed, Map.of("x", x + 1 + 0.1 * (seed % 2), "y", 2.0 * seed + 0.3 * (seed % 3))));
            candidates.get("same").add(run(seed, Map.of("x", x + (seed % 2 == 0 ? 0.2 : -0.3), "y", 2.0 * seed - 0.1 * seed)));
        }
        List<Comparison> family = Comparison.family("base", base, candidates);
        assertEquals(List.of("up", "same"), family.stream().map(Comparison::candidate).toList());
        assertEquals(List.of(new Comparison.Omitted("never", 0, 6)), family.get(1).omitted(),
                "a metric null in every run is listed too");
        assertEquals(4, Comparison.familySize(family));
        double[] t = family.stream().flatMap(c -> c.metrics().stream()).mapToDouble(m -> m.stats().tTestP()).toArray();
        double[] w = family.stream().flatMap(c -> c.metrics().stream()).mapToDouble(m -> m.stats().wilcoxonP()).toArray();
        assertArrayEquals(Holm.adjust(t), family.stream().flatMap(c -> c.metrics().stream())
                .mapToDouble(Comparison.Metric::tTestPHolm).toArray());
        assertArrayEquals(Holm.adjust(w), family.stream().flatMap(c -> c.metrics().stream())
                .mapToDouble(Comparison.Metric::wilcoxonPHolm).toArray());
        Comparison.Metric upX = family.get(0).metrics().get(0);
        assertTrue(upX.tTestPHolm() > upX.stats().tTestP(), "the family of four raises the smallest p-value");
        assertEquals(Comparison.of("base", base, "up", candidates.get("up")).metrics().get(0).stats(), upX.stats(),
                "the family changes the adjusted p-values only");
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
        Comparison.Metric m = c.metrics().get(0);
        PairedComparison s = m.stats();
        assertEquals(s.ciLow(), table.number(0, "ci_low"));
        assertEquals(m.percentChange().ciHigh(), table.number(0, "percent_ci_high"));
        assertEquals(s.tTestP(), table.number(0, "t_test_p_unadjusted"));
        assertEquals(m.tTestPHolm(), table.number(0, "t_test_p_holm"));
        assertEquals(s.wilcoxonP(), table.number(0, "wilcoxon_p_unadjusted"));
        assertEquals(m.wilcoxonPHolm(), table.number(0, "wilcoxon_p_holm"));
        assertEquals(s.cohenDz(), table.number(0, "cohen_dz"));
    }

    @Test
    void csvLeavesAnUndefinedPercentChangeEmpty() {
        List<RunSummary> base = List.of(run(1, Map.of("z", -1.0)), run(2, Map.of("z", 1.0)), run(3, Map.of("z", 0.5)));
        List<RunSummary> cand = List.of(run(1, Map.of("z", 0.0)), run(2, Map.of("z", 2.0)), run(3, Map.of("z", 1.5)));
        CsvTable table = CsvTable.parse("comparison.csv", ComparisonCsv.format(List.of(Comparison.of("a", base, "b", cand))));
        assertEquals("", table.text(0, "percent_change"));
        assertEquals("", table.text(0, "percent_ci_low"));
        assertEquals(1.0, table.number(0, "difference"));
    }
}
