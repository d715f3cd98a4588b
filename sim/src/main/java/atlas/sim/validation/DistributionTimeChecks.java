package atlas.sim.validation;

import atlas.analysis.chart.NamedChart;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Flash crowds against {@link KumarRossBound}: no run may deliver the content to every peer before
 * the minimum distribution time, whatever the picker; the ratio of the last completion to the
 * bound says how close mainline BitTorrent comes. The bound is computed from each run's own peers
 * (their drawn capacities), for each crowd size of the {@link Mode} and for both pickers.
 */
final class DistributionTimeChecks extends CheckFamily {

    static final String FAMILY = "kumar-ross";
    static final List<String> SCENARIOS = List.of("kumar-ross-homogeneous", "kumar-ross-mixed");
    static final List<String> PICKERS = List.of("rarest-first", "random");
    /** No schedule beats the bound: any ratio below 1 means capacity was created somewhere. */
    static final Tolerance NOT_BELOW_BOUND = new Tolerance.RatioAtLeast(1);

    DistributionTimeChecks(Path validationDir, Mode mode) throws ScenarioException {
        super(FAMILY);
        for (String name : SCENARIOS) {
            for (int peers : mode.kumarRossPeers()) {
                for (String picker : PICKERS) {
                    Scenario scenario = ScenarioVariants.load(validationDir.resolve(name + ".yaml"),
                            Map.of("arrivals.flash-crowd.peers", Integer.toString(peers), "protocol.picker", picker));
                    runs.addAll(ValidationRun.replicates(name + ", " + peers + " peers, " + picker, scenario, mode.replicates()));
                }
            }
        }
    }

    @Override
    List<Check> checks(List<RunResult> results) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            checks.add(check(runs.get(i).label(), results.get(i)));
        }
        return checks;
    }

    /** The last completion of one run against its bound. */
    static Check check(String label, RunResult result) {
        return new Check(FAMILY, "last completion / minimum distribution time (" + result.scenario().protocol().picker().name()
                + ")", label, "s", lastCompletionSeconds(result), boundSeconds(result), NOT_BELOW_BOUND);
    }

    /** The bound for the run's actual peers: its initial seeds are the server. */
    static double boundSeconds(RunResult result) {
        double server = 0;
        List<Double> uploads = new ArrayList<>();
        double minDownload = Double.POSITIVE_INFINITY;
        for (PeerRecord p : result.peers()) {
            if (p.initialSeed()) {
                server += p.uploadCapacity();
            } else {
                uploads.add(p.uploadCapacity());
                minDownload = Math.min(minDownload, p.downloadCapacity());
            }
        }
        return KumarRossBound.seconds(result.scenario().content().sizeBytes(), server,
                uploads.stream().mapToDouble(Double::doubleValue).toArray(), minDownload);
    }

    /** When the last arrived peer completed; NaN if one never did, which fails the check. */
    static double lastCompletionSeconds(RunResult result) {
        long last = 0;
        for (PeerRecord p : result.peers()) {
            if (!p.initialSeed()) {
                if (!p.completed()) {
                    return Double.NaN;
                }
                last = Math.max(last, p.completionMicros());
            }
        }
        return last / 1e6;
    }

    /** The ratio against the crowd size, one curve per scenario and picker, every replicate a point. */
    @Override
    List<NamedChart> charts(List<RunResult> results) {
        Map<String, XYSeries> curves = new LinkedHashMap<>();
        double minPeers = Double.POSITIVE_INFINITY;
        double maxPeers = 0;
        for (RunResult result : results) {
            String key = result.scenario().name().replace("kumar-ross-", "") + ", " + result.scenario().protocol().picker().name();
            int peers = result.peers().size() - result.scenario().seeds().stream().mapToInt(s -> s.count()).sum();
            minPeers = Math.min(minPeers, peers);
            maxPeers = Math.max(maxPeers, peers);
            curves.computeIfAbsent(key, k -> new XYSeries(k, true, true))
                    .add(peers, lastCompletionSeconds(result) / boundSeconds(result));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        curves.values().forEach(data::addSeries);
        data.addSeries(ModelCharts.line("Kumar-Ross bound", minPeers, 1, maxPeers, 1));
        JFreeChart chart = ModelCharts.xy("Peers in the flash crowd", "Last completion / bound", data, true);
        return List.of(new NamedChart("kumar-ross", "Last completion time over the minimum distribution time, by crowd"
                + " size, capacity mix and picker; no run may fall below 1.", chart));
    }
}
