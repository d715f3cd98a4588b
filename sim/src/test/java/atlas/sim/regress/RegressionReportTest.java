package atlas.sim.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A metric regresses only when it moved the worse way beyond its tolerance and significantly after
 * Holm's correction over the whole family; unchanged runs on fresh seeds almost never raise an
 * alarm, even for metrics noisy enough that the tolerance alone would not hold them back.
 */
class RegressionReportTest {

    private static final int R = 20;

    /** R runs on seeds from {@code firstSeed}, every gated metric drawn by {@code draw}. */
    private static List<RunOutcome> runs(long firstSeed, ToDoubleFunction<GatedMetric> draw) {
        return runs(firstSeed, GatedMetric.ALL, draw);
    }

    private static List<RunOutcome> runs(long firstSeed, List<GatedMetric> gated, ToDoubleFunction<GatedMetric> draw) {
        List<RunOutcome> runs = new ArrayList<>();
        for (int i = 0; i < R; i++) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (GatedMetric metric : gated) {
                metrics.put(metric.name(), draw.applyAsDouble(metric));
            }
            runs.add(new RunOutcome(firstSeed + i, "d" + (firstSeed + i), 1, metrics));
        }
        return runs;
    }

    private static RegressionReport judge(Map<String, List<RunOutcome>> baseline, Map<String, List<RunOutcome>> now) {
        Map<String, Baseline> baselines = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        baseline.forEach((name, runs) -> {
            baselines.put(name, new Baseline(name, "h", "v", "c", 1, runs));
            hashes.put(name, "h");
        });
        return RegressionReport.judge(baselines, now, hashes);
    }

    private static MetricRow row(RegressionReport report, String metric) {
        return report.metrics().stream().filter(r -> r.metric().name().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void aTokenScenarioIsAlsoJudgedOnWhatBiddersGainAndUploadersLose() {
        List<GatedMetric> all = GatedMetric.judgedIn(Set.of(GatedMetric.TOKENS.get(0).name()));
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(2);
        List<RunOutcome> before = runs(1, all, m -> 100 + random.nextDouble());
        // Unpaid credit up by half: a payment change that lets more data go unpaid.
        List<RunOutcome> after = runs(1, all, m -> (m.name().equals("btt_unpaid_lost") ? 150 : 100)
                + random.nextDouble());
        RegressionReport report = judge(Map.of("speed", before, "plain", runs(1, m -> 1)),
                Map.of("speed", after, "plain", runs(1, m -> 1)));
        assertEquals(Verdict.REGRESSED, row(report, "btt_unpaid_lost").verdict());
        assertEquals(GatedMetric.ALL.size() + GatedMetric.TOKENS.size() + GatedMetric.ALL.size(),
                report.metrics().size(), "token metrics only where the baseline has them");
    }

    @Test
    void unchangedRunsAreTheSameAndBehaviourUnchanged() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        List<RunOutcome> runs = runs(1, m -> 100 + random.nextDouble());
        RegressionReport report = judge(Map.of("s", runs), Map.of("s", runs));
        assertTrue(report.metrics().stream().allMatch(r -> r.verdict() == Verdict.SAME));
        assertFalse(report.behaviourChanged());
        assertFalse(report.regressed());
        assertEquals("unchanged on 20 of 20 seeds", report.behaviour().get(0).describe());
    }

    @Test
    void aSignificantMoveBeyondToleranceTheWorseWayRegresses() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(2);
        List<RunOutcome> before = runs(1, m -> 100 + random.nextDouble());
        // Every metric 20 % higher on every seed: worse for "lower is better", better otherwise.
        List<RunOutcome> after = before.stream().map(run -> {
            Map<String, Double> metrics = new LinkedHashMap<>();
            run.metrics().forEach((name, value) -> metrics.put(name, value * 1.2));
            return new RunOutcome(run.seed(), run.digest() + "'", 1, metrics);
        }).toList();
        RegressionReport report = judge(Map.of("s", before), Map.of("s", after));
        assertEquals(Verdict.REGRESSED, row(report, "download_time_s.mean").verdict());
        assertEquals(Verdict.IMPROVED, row(report, "download_speed_kib_s.mean").verdict());
        assertTrue(report.regressed());
        assertTrue(report.behaviourChanged());
        assertEquals("CHANGED on 20 of 20 seeds", report.behaviour().get(0).describe());
    }

    @Test
    void aSignificantMoveWithinToleranceIsOk() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        List<RunOutcome> before = runs(1, m -> 100 + random.nextDouble());
        List<RunOutcome> after = before.stream().map(run -> {
            Map<String, Double> metrics = new LinkedHashMap<>();
            run.metrics().forEach((name, value) -> metrics.put(name, value * 1.005));
            return new RunOutcome(run.seed(), run.digest(), 1, metrics);
        }).toList();
        MetricRow row = row(judge(Map.of("s", before), Map.of("s", after)), "download_time_s.mean");
        assertTrue(row.adjustedP() < RegressionReport.ALPHA, "significant: " + row.adjustedP());
        assertEquals(Verdict.OK, row.verdict());
    }

    /**
     * 1,000 checks of an unchanged build on fresh seeds, four scenarios of nine metrics each, the
     * metrics noisy (normal with a 30 % coefficient of variation, or skewed lognormal), so that
     * the tolerance rarely hides a chance difference: the Holm-corrected family raises an alarm
     * in at most about 1 % of checks, whereas testing each metric at 1 % would alarm in about a
     * third of them.
     */
    @Test
    void unchangedBuildsOnFreshSeedsRarelyAlarm() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(4);
        int checks = 1000;
        int checksWithAlarm = 0;
        int checksWithUncorrectedAlarm = 0;
        long seed = 0;
        for (int c = 0; c < checks; c++) {
            Map<String, List<RunOutcome>> baseline = new LinkedHashMap<>();
            Map<String, List<RunOutcome>> now = new LinkedHashMap<>();
            for (String scenario : List.of("a", "b", "c", "d")) {
                boolean skewed = scenario.equals("b") || scenario.equals("d");
                ToDoubleFunction<GatedMetric> draw = m -> skewed
                        ? 100 * Math.exp(0.3 * gaussian(random)) : 100 * (1 + 0.3 * gaussian(random));
                baseline.put(scenario, runs(seed, draw));
                seed += R;
                now.put(scenario, runs(seed, draw));
                seed += R;
            }
            RegressionReport report = judge(baseline, now);
            if (report.metrics().stream().anyMatch(r -> r.verdict() == Verdict.REGRESSED || r.verdict() == Verdict.IMPROVED)) {
                checksWithAlarm++;
            }
            if (report.metrics().stream().anyMatch(r -> r.comparison().p() <= RegressionReport.ALPHA
                    && Math.abs(r.comparison().relativeChange()) > r.metric().tolerance())) {
                checksWithUncorrectedAlarm++;
            }
        }
        assertTrue(checksWithAlarm <= 20, checksWithAlarm + " of " + checks + " checks alarmed");
        assertTrue(checksWithUncorrectedAlarm > 150, "the correction is what keeps alarms rare: "
                + checksWithUncorrectedAlarm + " uncorrected");
    }

    /** A standard normal deviate (Box-Muller), from the test's own generator. */
    private static double gaussian(UniformRandomProvider random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
