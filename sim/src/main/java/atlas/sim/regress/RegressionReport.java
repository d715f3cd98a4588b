package atlas.sim.regress;

import atlas.analysis.stats.Holm;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a check found: per scenario, whether behaviour changed ({@link BehaviourCheck}), and per
 * scenario and metric, whether the metric regressed or improved ({@link MetricRow}).
 *
 * <p>A metric regresses when its mean moved the worse way by more than its tolerance and the move
 * is significant: the two-sided test of "no change" gives a Holm-adjusted p at most {@link #ALPHA}
 * over the whole family of tests, every gated metric of every scenario at once. What that
 * guarantees: a build that changes no metric raises an alarm in at most 1 % of checks, whatever
 * the dependence between the tests (they share the baseline's runs, so checks are not
 * independent either). It is not a test of the tolerance itself: a true change just inside the
 * tolerance is flagged in a share of checks that grows as it nears the tolerance (with 20 paired
 * seeds, a per-seed noise of 3 % and 45 rows, 7 % of checks at a true 4 % worsening against a
 * 5 % tolerance, 24 % at 4.5 %, 77 % at 5.5 %, all at 7 %), which errs towards showing the
 * person who made a change a move near its tolerance. A one-sided test that the mean moved beyond
 * the tolerance bounds that share at 1 % but, after the correction, flagged a true 7 % worsening
 * in 16 % of such checks, and missed a random piece picker on the 10-seed test suite. A per-test
 * level of 5 % without correction would raise about two false alarms per check of 36 tests.
 */
public record RegressionReport(List<BehaviourCheck> behaviour, List<MetricRow> metrics) {

    /** The family-wise significance level. */
    public static final double ALPHA = 0.01;

    public RegressionReport {
        behaviour = List.copyOf(behaviour);
        metrics = List.copyOf(metrics);
    }

    /**
     * Judges every gated metric of every scenario.
     *
     * @param baselines by scenario name, for every scenario of {@code now}
     * @param now the runs of each scenario, in suite order
     * @param scenarioHashes {@link Baseline#scenarioHash} of each scenario as run now
     */
    static RegressionReport judge(Map<String, Baseline> baselines, Map<String, List<RunOutcome>> now,
            Map<String, String> scenarioHashes) {
        List<BehaviourCheck> behaviour = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        List<GatedMetric> gated = new ArrayList<>();
        List<MetricComparison> comparisons = new ArrayList<>();
        for (Map.Entry<String, List<RunOutcome>> entry : now.entrySet()) {
            Baseline baseline = baselines.get(entry.getKey());
            behaviour.add(BehaviourCheck.of(baseline, scenarioHashes.get(entry.getKey()), entry.getValue()));
            for (GatedMetric metric : GatedMetric.judgedIn(baseline.runs().get(0).metrics().keySet())) {
                scenarios.add(entry.getKey());
                gated.add(metric);
                comparisons.add(MetricComparison.of(metric.name(), baseline.runs(), entry.getValue()));
            }
        }
        double[] adjusted = Holm.adjust(comparisons.stream().mapToDouble(MetricComparison::p).toArray());
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            rows.add(new MetricRow(scenarios.get(i), gated.get(i), comparisons.get(i), adjusted[i],
                    verdict(gated.get(i), comparisons.get(i), adjusted[i])));
        }
        return new RegressionReport(behaviour, rows);
    }

    private static Verdict verdict(GatedMetric metric, MetricComparison c, double adjustedP) {
        if (Double.isNaN(c.p())) {
            return Verdict.UNDEFINED;
        }
        if (c.identical()) {
            return Verdict.SAME;
        }
        if (adjustedP > ALPHA || !(Math.abs(c.relativeChange()) > metric.tolerance())) {
            return Verdict.OK;
        }
        return metric.improves(c.baselineMean(), c.nowMean()) ? Verdict.IMPROVED : Verdict.REGRESSED;
    }

    /** Whether any metric regressed: the check fails. */
    public boolean regressed() {
        return metrics.stream().anyMatch(row -> row.verdict() == Verdict.REGRESSED);
    }

    /** The rows with {@code verdict}. */
    public List<MetricRow> rows(Verdict verdict) {
        return metrics.stream().filter(row -> row.verdict() == verdict).toList();
    }

    /** Whether any scenario's behaviour changed on a baseline seed. */
    public boolean behaviourChanged() {
        return behaviour.stream().anyMatch(BehaviourCheck::changed);
    }

    /** The report for people: behaviour per scenario, the metric table, and a one-line summary. */
    public String format() {
        StringBuilder out = new StringBuilder("Behaviour (exact digests on the baseline's seeds):\n");
        int width = behaviour.stream().mapToInt(b -> b.scenario().length()).max().orElse(0);
        for (BehaviourCheck check : behaviour) {
            out.append("  ").append(pad(check.scenario(), width)).append("  ").append(check.describe()).append('\n');
        }
        out.append("\nMetrics (mean over runs; p: ").append(metrics.stream().anyMatch(r -> r.comparison().paired())
                ? "paired" : "Welch").append(" t test, Holm-adjusted over all ").append(metrics.size())
                .append(" rows; a regression needs p <= ").append(ALPHA).append(" and a change beyond the tolerance):\n");
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("scenario", "metric", "better", "baseline", "now", "change", "tolerance", "p", "verdict"));
        for (MetricRow row : metrics) {
            MetricComparison c = row.comparison();
            table.add(List.of(row.scenario(), row.metric().name(), row.metric().better().name().toLowerCase(Locale.ROOT),
                    number(c.baselineMean()), number(c.nowMean()), percent(c.relativeChange()),
                    row.metric().toleranceText(), pValue(row.adjustedP()), row.verdict().label()));
        }
        appendAligned(out, table);
        out.append('\n').append(summary()).append('\n');
        return out.toString();
    }

    /** "2 metrics regressed, 1 improved; behaviour changed in 3 of 4 scenarios", or that nothing did. */
    public String summary() {
        long changed = behaviour.stream().filter(BehaviourCheck::changed).count();
        return rows(Verdict.REGRESSED).size() + " metrics regressed, " + rows(Verdict.IMPROVED).size()
                + " improved; behaviour changed in " + changed + " of " + behaviour.size() + " scenarios";
    }

    static String number(double x) {
        if (Double.isNaN(x)) {
            return "-";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return x == 0 ? "0" : new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A p-value to two significant digits, small ones in scientific notation: "0.034", "2.1e-07". */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p >= 0.001 || p == 0 ? number(new BigDecimal(p).round(new MathContext(2)).doubleValue())
                : String.format(Locale.ROOT, "%.1e", p);
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return number(fraction);
        }
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }

    private static void appendAligned(StringBuilder out, List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                // Names left-aligned, numbers right-aligned.
                line.append(c < 3 || c == row.size() - 1 ? pad(row.get(c), widths[c]) : padLeft(row.get(c), widths[c]))
                        .append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
