package atlas.sim.validation;

import atlas.analysis.chart.NamedChart;
import atlas.sim.output.RunResult;
import atlas.sim.output.TimeSeries;
import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.SeedGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Hajek and Zhu's missing-piece syndrome ({@link MissingPieceModel}): one fixed seed, Poisson
 * arrivals. Peers leaving at once with the seed's piece rate above the arrival rate: the number of
 * leechers does not grow. Below it: leechers grow at lambda - U_s, and throughout, some piece has
 * a single copy, the seed's. The same unstable swarm whose peers stay a few seconds after
 * completing (about one more piece to each peer they unchoke): no growth again.
 *
 * <p>Growth is the least-squares slope of the leecher count over the second half of the run
 * (after the one club has formed), in peers per minute. Tolerances: a stable swarm's slope stays
 * within 10 % of the arrival rate of 0 (an unstable one grows at about half the arrival rate in
 * these scenarios, so this bites); the unstable growth is within 25 % of lambda - U_s, which is
 * exact only if the seed spends all of its upload on the missing piece (it also serves newcomers
 * and, with 16 KiB blocks, splits a piece among several club members); the scarce piece has one
 * copy in at least 90 % of the samples of the second half.
 */
final class MissingPieceChecks extends CheckFamily {

    static final String FAMILY = "missing-piece";
    static final List<String> SCENARIOS = List.of("missing-piece-stable", "missing-piece-unstable", "missing-piece-stay");
    static final double STABLE_SLOPE_OF_ARRIVALS = 0.1;
    private static final String LEAVE_AT_ONCE = "leave-at-once";
    static final Tolerance GROWTH = new Tolerance.RatioWithin(0.75, 1.25);
    static final Tolerance SCARCE = new Tolerance.RatioAtLeast(0.9);

    private final int replicates;

    MissingPieceChecks(Path validationDir, Mode mode) throws ScenarioException {
        super(FAMILY);
        this.replicates = mode.replicates();
        for (String name : SCENARIOS) {
            Scenario scenario = ScenarioVariants.load(validationDir.resolve(name + ".yaml"), Map.of("until", mode.missingPieceRun()));
            runs.addAll(ValidationRun.replicates(name, scenario, replicates));
        }
    }

    /** The model of a scenario: Poisson arrivals and exactly one seed that never leaves. */
    static MissingPieceModel modelOf(Scenario s) {
        if (!(s.arrivals() instanceof Arrivals.Poisson poisson)) {
            throw new IllegalArgumentException(s.name() + ": the missing-piece model needs Poisson arrivals");
        }
        if (s.seeds().size() != 1 || s.seeds().get(0).count() != 1 || s.seeds().get(0).leavesAtMicros() != SeedGroup.NEVER) {
            throw new IllegalArgumentException(s.name() + ": the missing-piece model needs exactly one seed that stays");
        }
        return new MissingPieceModel(poisson.ratePerSecond(),
                s.seeds().get(0).uploadBytesPerSecond() / s.content().pieceBytes());
    }

    @Override
    List<Check> checks(List<RunResult> results) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            checks.addAll(checks(runs.get(i).label(), results.get(i)));
        }
        return checks;
    }

    /**
     * The checks of one run: growth and a scarce piece if the model says peers leaving at once make
     * it unstable, else no growth (the stable swarm, and the unstable one whose peers stay).
     */
    static List<Check> checks(String label, RunResult run) {
        MissingPieceModel model = modelOf(run.scenario());
        double slope = leecherGrowthPerMinute(run);
        if (expectsGrowth(run.scenario())) {
            return List.of(new Check(FAMILY, "leecher growth (one club)", label, "peers/min", slope,
                            model.clubGrowthPerSecond() * 60, GROWTH),
                    new Check(FAMILY, "share of time some piece has only the seed's copy", label, "fraction",
                            singleCopyShare(run), 1, SCARCE));
        }
        return List.of(new Check(FAMILY, "leecher growth (stable)", label, "peers/min", slope, 0,
                new Tolerance.AbsoluteWithin(STABLE_SLOPE_OF_ARRIVALS * model.arrivalsPerSecond() * 60)));
    }

    /** Whether the model predicts a growing one club: peers leave at once and the seed is too slow. */
    static boolean expectsGrowth(Scenario s) {
        return s.behaviour().seeding().name().equals(LEAVE_AT_ONCE) && !modelOf(s).stableWhenLeavingAtOnce();
    }

    /** Least-squares slope of leechers against time over the second half of the run, per minute. */
    static double leecherGrowthPerMinute(RunResult run) {
        TimeSeries ts = run.timeSeries();
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = firstSampleAtOrAfter(ts, run.endMicros() / 2); i < ts.size(); i++) {
            double x = ts.timeMicros(i) / 60e6;
            double y = ts.leechers(i);
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double denominator = n * sxx - sx * sx;
        return n < 2 || denominator == 0 ? Double.NaN : (n * sxy - sx * sy) / denominator;
    }

    /** The fraction of samples in the second half with a piece held by one peer only. */
    static double singleCopyShare(RunResult run) {
        TimeSeries ts = run.timeSeries();
        int single = 0;
        int n = 0;
        for (int i = firstSampleAtOrAfter(ts, run.endMicros() / 2); i < ts.size(); i++) {
            n++;
            if (ts.minAvailability(i) == 1) {
                single++;
            }
        }
        return n == 0 ? Double.NaN : (double) single / n;
    }

    /** The first sample at or after {@code micros}, or the last sample if none is. */
    static int firstSampleAtOrAfter(TimeSeries ts, long micros) {
        int i = 0;
        while (i < ts.size() - 1 && ts.timeMicros(i) < micros) {
            i++;
        }
        return i;
    }

    /** Leechers over time in the first replicate of each scenario, and the one club's predicted growth. */
    @Override
    List<NamedChart> charts(List<RunResult> results) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int first = 0; first < results.size(); first += replicates) {
            RunResult run = results.get(first);
            TimeSeries ts = run.timeSeries();
            data.addSeries(ModelCharts.overTime(run.scenario().name().replace("missing-piece-", ""), ts, ts::leechers));
            if (expectsGrowth(run.scenario())) {
                // From the simulated count where growth is measured, so the slopes compare by eye.
                double growth = modelOf(run.scenario()).clubGrowthPerSecond() * 60;
                int from = firstSampleAtOrAfter(ts, run.endMicros() / 2);
                double x0 = ts.timeMicros(from) / 60e6;
                double end = run.endMicros() / 60e6;
                data.addSeries(ModelCharts.line(run.scenario().name().replace("missing-piece-", "") + " (model: lambda - U_s)", x0, ts.leechers(from), end,
                        ts.leechers(from) + growth * (end - x0)));
            }
        }
        return List.of(new NamedChart(FAMILY, "Leechers over time with one fixed seed: stable, unstable (a one club"
                + " growing at lambda - U_s) and unstable with peers staying briefly after completing.",
                ModelCharts.xy("Time (min)", "Leechers", data, false)));
    }
}
