package atlas.sim.validation;

import atlas.analysis.chart.NamedChart;
import atlas.sim.behaviour.ExponentialSeeding;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.output.TimeSeries;
import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.PeerClass;
import atlas.sim.scenario.RateDistribution;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.SeedGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Steady-state swarms against {@link FluidModel}, in both regimes: the time-averaged numbers of
 * leechers and seeds and the mean time a leecher stays, against the model's equilibrium with
 * eta = 1. The model's parameters are read from the scenario (Poisson rate, one class of fixed
 * capacities, abort rate, exponential seeding), so the file is the single source of both. The
 * initial seed only starts the swarm; measurement begins five model download times after it has
 * left, and download times are those of leechers arriving then until ten download times before
 * the end (so that almost all of them have finished).
 *
 * <p>Tolerances. The model uses every byte of upload (eta = 1) and downloads at exactly c, so the
 * simulator cannot beat it except by noise: the lower side is 0.9. It ignores pieces (a newcomer
 * has nothing to share, and a neighbour may hold nothing a leecher lacks), choking (four slots,
 * ten-second rounds, a downloader needs several uploaders to fill its link), latency and request
 * pipelining: all make the swarm slower, so leechers and download time may exceed the model by up
 * to 35 % (an effective eta of 0.74 in the upload-constrained regime). Seeds follow from the
 * completion rate by Little's law (y = completions x mean seeding time), nearly independently of
 * those effects: within 10 %.
 */
final class FluidModelChecks extends CheckFamily {

    static final String FAMILY = "fluid-model";
    static final List<String> SCENARIOS = List.of("fluid-upload-constrained", "fluid-download-constrained");
    static final Tolerance LEECHERS_AND_TIME = new Tolerance.RatioWithin(0.9, 1.35);
    static final Tolerance SEEDS = new Tolerance.RatioWithin(0.9, 1.1);
    private static final int WARM_UP_DOWNLOAD_TIMES = 5;
    private static final int TAIL_DOWNLOAD_TIMES = 10;

    private final int replicates;

    FluidModelChecks(Path validationDir, Mode mode) throws ScenarioException {
        super(FAMILY);
        this.replicates = mode.replicates();
        for (String name : SCENARIOS) {
            Scenario scenario = ScenarioVariants.load(validationDir.resolve(name + ".yaml"), Map.of("until", mode.fluidRun()));
            runs.addAll(ValidationRun.replicates(name, scenario, replicates));
        }
    }

    /** The fluid model of a scenario: one class of fixed capacities, Poisson arrivals, exponential seeding. */
    static FluidModel modelOf(Scenario s) {
        if (!(s.arrivals() instanceof Arrivals.Poisson poisson)) {
            throw new IllegalArgumentException(s.name() + ": the fluid model needs Poisson arrivals");
        }
        List<PeerClass> classes = s.network().classes();
        if (classes.size() != 1 || !(classes.get(0).upload() instanceof RateDistribution.Fixed up)
                || !(classes.get(0).download() instanceof RateDistribution.Fixed down)) {
            throw new IllegalArgumentException(s.name() + ": the fluid model needs one class of fixed capacities");
        }
        if (!(s.behaviour().seeding().params() instanceof ExponentialSeeding.Params seeding)) {
            throw new IllegalArgumentException(s.name() + ": the fluid model needs exponential seeding times");
        }
        double file = s.content().sizeBytes();
        double meanSeeding = seeding.mean().toNanos() / 1e9;
        return new FluidModel(poisson.ratePerSecond(), up.bytesPerSecond() / file, down.bytesPerSecond() / file,
                s.behaviour().abortRatePerSecond(), 1 / meanSeeding, 1);
    }

    /** When measurement starts: five model download times after the last initial seed has left. */
    static long measureFromMicros(Scenario s) {
        long seedsGone = 0;
        for (SeedGroup g : s.seeds()) {
            if (g.leavesAtMicros() == SeedGroup.NEVER) {
                throw new IllegalArgumentException(s.name() + ": the fluid model has no permanent seeds; let them leave");
            }
            seedsGone = Math.max(seedsGone, g.leavesAtMicros());
        }
        return seedsGone + (long) (WARM_UP_DOWNLOAD_TIMES * modelOf(s).steadyState().downloadSeconds() * 1e6);
    }

    @Override
    List<Check> checks(List<RunResult> results) {
        List<Check> checks = new ArrayList<>();
        for (int first = 0; first < results.size(); first += replicates) {
            List<RunResult> group = results.subList(first, first + replicates);
            Scenario s = group.get(0).scenario();
            FluidModel.SteadyState model = modelOf(s).steadyState();
            double leechers = 0;
            double seeds = 0;
            double time = 0;
            for (RunResult run : group) {
                leechers += timeAverage(run, true) / replicates;
                seeds += timeAverage(run, false) / replicates;
                time += meanStaySeconds(run, model.downloadSeconds()) / replicates;
            }
            String label = s.name() + " (" + replicates + " run" + (replicates > 1 ? "s" : "") + ", "
                    + model.regime().name().toLowerCase().replace('_', '-') + ")";
            checks.add(new Check(FAMILY, "mean leechers x", label, "peers", leechers, model.leechers(), LEECHERS_AND_TIME));
            checks.add(new Check(FAMILY, "mean seeds y", label, "peers", seeds, model.seeds(), SEEDS));
            checks.add(new Check(FAMILY, "mean download time T", label, "s", time, model.downloadSeconds(), LEECHERS_AND_TIME));
        }
        return checks;
    }

    /** Mean leechers (or seeds) over the samples after the warm-up. */
    static double timeAverage(RunResult run, boolean leechers) {
        long from = measureFromMicros(run.scenario());
        TimeSeries ts = run.timeSeries();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < ts.size(); i++) {
            if (ts.timeMicros(i) >= from) {
                sum += leechers ? ts.leechers(i) : ts.seeds(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * Mean time from arrival to completion or abort of the leechers arriving in the measurement
     * window; one still downloading at the end counts until the end.
     */
    static double meanStaySeconds(RunResult run, double modelSeconds) {
        long from = measureFromMicros(run.scenario());
        long to = run.endMicros() - (long) (TAIL_DOWNLOAD_TIMES * modelSeconds * 1e6);
        double sum = 0;
        int n = 0;
        for (PeerRecord p : run.peers()) {
            if (!p.initialSeed() && p.arrivalMicros() >= from && p.arrivalMicros() <= to) {
                long left = p.completed() ? p.completionMicros() : p.departed() ? p.departureMicros() : run.endMicros();
                sum += (left - p.arrivalMicros()) / 1e6;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Leechers and seeds over time in the first replicate of each scenario, with the model's levels. */
    @Override
    List<NamedChart> charts(List<RunResult> results) {
        List<NamedChart> charts = new ArrayList<>();
        for (int first = 0; first < results.size(); first += replicates) {
            RunResult run = results.get(first);
            FluidModel.SteadyState model = modelOf(run.scenario()).steadyState();
            TimeSeries ts = run.timeSeries();
            double from = measureFromMicros(run.scenario()) / 60e6;
            double end = run.endMicros() / 60e6;
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(ModelCharts.overTime("Leechers (simulated)", ts, ts::leechers));
            data.addSeries(ModelCharts.overTime("Seeds (simulated)", ts, ts::seeds));
            data.addSeries(ModelCharts.line("Leechers (fluid model)", from, model.leechers(), end, model.leechers()));
            data.addSeries(ModelCharts.line("Seeds (fluid model)", from, model.seeds(), end, model.seeds()));
            charts.add(new NamedChart(run.scenario().name(), "Leechers and seeds over time against the fluid model's"
                    + " steady state (drawn over the measured window).", ModelCharts.xy("Time (min)", "Peers", data, false)));
        }
        return charts;
    }
}
