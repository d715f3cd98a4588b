package atlas.sim.output;

import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Scenarios and run results for output tests, built from records rather than by running a simulation. */
final class Fixtures {

    /** The content size of tiny.yaml: 2 MiB. */
    static final long TINY_CONTENT_BYTES = 2L << 20;

    private Fixtures() {
    }

    /** tiny.yaml: 20 peers, 2 MiB, one seed. */
    static Path tinyScenarioFile() {
        try {
            return Path.of(Fixtures.class.getResource("tiny.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario tinyScenario() {
        try {
            return ScenarioLoader.load(tinyScenarioFile());
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    static RunResult run(long endMicros, long availableMicros, List<PeerRecord> peers) {
        return new RunResult(tinyScenario(), 7, endMicros, EndedBy.ALL_COMPLETE, 1000, 2_000_000_000L, peers,
                new TimeSeries(), availableMicros);
    }

    /** A plausible random run: the same seed gives an equal result, built afresh. */
    static RunResult randomRun(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        long end = 3_600_000_000L + rng.nextLong(3_600_000_000L);
        List<PeerRecord> peers = new ArrayList<>();
        peers.add(new PeerRecord(0, "seed", true, 1.25e6, 1.25e6, 0, 0, -1, rng.nextLong(1L << 30), 0, rng.nextLong(1 << 20), 0));
        int n = 1 + rng.nextInt(50);
        for (int id = 1; id <= n; id++) {
            long arrival = rng.nextLong(end / 2);
            long completion = rng.nextInt(4) == 0 ? -1 : arrival + 1 + rng.nextLong(end / 4);
            long departure = completion < 0 || rng.nextBoolean() ? -1 : completion + rng.nextLong(end - completion);
            peers.add(new PeerRecord(id, rng.nextBoolean() ? "dsl" : "cable", false,
                    rng.nextDouble() * 1e6, rng.nextDouble() * 1e7, arrival, completion, departure,
                    rng.nextLong(1L << 30), completion < 0 ? rng.nextLong(TINY_CONTENT_BYTES) : TINY_CONTENT_BYTES,
                    rng.nextLong(1 << 20), 0));
        }
        TimeSeries series = new TimeSeries();
        for (long t = 0; t <= end; t += 60_000_000L) {
            series.add(t, rng.nextInt(n + 1), rng.nextInt(n + 1), rng.nextDouble() * 1e7, rng.nextInt(5));
        }
        return new RunResult(tinyScenario(), seed, end, EndedBy.ALL_COMPLETE, rng.nextLong(1L << 40),
                1 + rng.nextLong(1L << 36), peers, series, rng.nextLong(end + 1));
    }
}
