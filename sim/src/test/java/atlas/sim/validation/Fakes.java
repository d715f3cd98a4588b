package atlas.sim.validation;

import atlas.sim.output.EndedBy;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.output.TimeSeries;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;

/** Run results made by hand, to feed the checks values that do or do not violate their references. */
final class Fakes {

    /** The content of {@link #SCENARIO}: 1 MiB. */
    static final long CONTENT = 1 << 20;
    /** Capacities of every fake peer: 1 MB/s both ways. */
    static final double CAPACITY = 1e6;

    static final String SCENARIO = """
            name: fake
            content: { size: 1 MiB, piece: 256 KiB }
            network:
              classes: [ { name: peer, share: 1, upload: 1 MB/s, download: 1 MB/s } ]
            seeds: [ { count: 1, upload: 1 MB/s } ]
            arrivals: { flash-crowd: { peers: 2 } }
            """;

    private Fakes() {
    }

    static Scenario scenario(String yaml) {
        try {
            return ScenarioLoader.parse(yaml, Path.of("fake.yaml"));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    static RunResult run(long endMicros, List<PeerRecord> peers) {
        return run(scenario(SCENARIO), endMicros, peers, new TimeSeries());
    }

    static RunResult run(Scenario scenario, long endMicros, List<PeerRecord> peers, TimeSeries series) {
        return new RunResult(scenario, 1, endMicros, EndedBy.ALL_COMPLETE, 0, 0, peers, series, endMicros);
    }

    static PeerRecord seed(long bytesUp) {
        return new PeerRecord(0, "seed", true, CAPACITY, CAPACITY, 0, -1, -1, bytesUp, 0, 0, 0);
    }

    /** A peer arriving at 0 that completed at {@code completionMicros} having received {@code bytesDown}. */
    static PeerRecord peer(int id, long completionMicros, long bytesUp, long bytesDown) {
        return new PeerRecord(id, "peer", false, CAPACITY, CAPACITY, 0, completionMicros, -1, bytesUp, bytesDown, 0, 0);
    }
}
