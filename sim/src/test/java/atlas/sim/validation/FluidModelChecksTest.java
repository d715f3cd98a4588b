package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.output.TimeSeries;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fluid model is read from the validation scenarios as their comments state, and the
 * measurements average over the steady-state window only.
 */
class FluidModelChecksTest {

    private static final Path VALIDATION = Path.of("..", "scenarios", "validation");

    @Test
    void uploadConstrainedScenarioMatchesItsDocumentedSteadyState() throws Exception {
        Scenario s = ScenarioLoader.load(VALIDATION.resolve("fluid-upload-constrained.yaml"));
        FluidModel.SteadyState state = FluidModelChecks.modelOf(s).steadyState();
        assertEquals(FluidModel.Regime.UPLOAD_CONSTRAINED, state.regime());
        // 1/mu - 1/gamma = 16 MiB / (1 Mbit/s) - 60 s = 134.2 - 60.
        assertEquals(74.2, state.downloadSeconds(), 0.05);
        assertEquals(74.2, state.leechers(), 0.05);
        assertEquals(60, state.seeds(), 1e-9);
    }

    @Test
    void downloadConstrainedScenarioMatchesItsDocumentedSteadyState() throws Exception {
        Scenario s = ScenarioLoader.load(VALIDATION.resolve("fluid-download-constrained.yaml"));
        FluidModel.SteadyState state = FluidModelChecks.modelOf(s).steadyState();
        assertEquals(FluidModel.Regime.DOWNLOAD_CONSTRAINED, state.regime());
        // 1 / (1/1200 + 1/67.1) = 63.6 s; x = 0.5 T; y = 0.5 x (T / 67.1) x 120.
        assertEquals(63.55, state.downloadSeconds(), 0.05);
        assertEquals(31.8, state.leechers(), 0.05);
        assertEquals(56.8, state.seeds(), 0.05);
    }

    @Test
    void averagesStartFiveDownloadTimesAfterTheInitialSeedLeft() throws Exception {
        Scenario s = ScenarioLoader.load(VALIDATION.resolve("fluid-upload-constrained.yaml"));
        long from = FluidModelChecks.measureFromMicros(s);
        assertEquals(20 * 60 + 5 * 74.2, from / 1e6, 0.5);
        // 100 leechers before the window, 70 inside it: only the window counts.
        TimeSeries series = new TimeSeries();
        for (long t = 0; t <= 2 * from; t += 10_000_000L) {
            series.add(t, t < from ? 100 : 70, 60, 0, 1);
        }
        List<PeerRecord> peers = new ArrayList<>();
        peers.add(new PeerRecord(0, "seed", true, 1, 1, 0, -1, 1_200_000_000L, 0, 0, 0, 0));
        // Arrivals in the window that completed after 80 s, aborted after 40 s; one before the window is ignored.
        peers.add(new PeerRecord(1, "peer", false, 1, 1, from, from + 80_000_000L, -1, 0, 0, 0, 0));
        peers.add(new PeerRecord(2, "peer", false, 1, 1, from + 1, -1, from + 40_000_001L, 0, 0, 0, 0));
        peers.add(new PeerRecord(3, "peer", false, 1, 1, from - 1, from + 500_000_000L, -1, 0, 0, 0, 0));
        RunResult run = Fakes.run(s, 2 * from + 800_000_000L, peers, series);
        assertEquals(70, FluidModelChecks.timeAverage(run, true), 1e-9);
        assertEquals(60, FluidModelChecks.meanStaySeconds(run, 74.2), 1e-9);
    }

    @Test
    void aScenarioOutsideTheModelIsRejected() {
        Scenario flashCrowd = Fakes.scenario(Fakes.SCENARIO);
        assertThrows(IllegalArgumentException.class, () -> FluidModelChecks.modelOf(flashCrowd));
    }
}
