package atlas.sim.swarm;

import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.scenario.Until;
import java.nio.file.Path;

/** The token economy tests' swarm, written as a user writes it, and a run of it that keeps the swarm to inspect. */
final class TokenSwarms {

    private TokenSwarms() {
    }

    /** A flash crowd short of upload (asymmetric lines, one slow seed), 8 MiB, without incentives. */
    static String scarceUpload(int peers, String until) {
        return """
                name: token-test
                until: %s
                content: { size: 8 MiB, piece: 256 KiB }
                network:
                  latency: { uniform: [10 ms, 100 ms] }
                  classes:
                    - { name: dsl,   share: 0.7, upload: 1 Mbit/s, download: 16 Mbit/s }
                    - { name: cable, share: 0.3, upload: 4 Mbit/s, download: 50 Mbit/s }
                seeds: [ { count: 1, upload: 8 Mbit/s } ]
                arrivals: { flash-crowd: { peers: %d } }
                protocol: { choker: { leecher: bid-mainline, seed: bid-mainline-seed } }
                behaviour: { seeding: { model: exponential, mean: 1 min } }
                """.formatted(until, peers);
    }

    /** Runs {@code yaml} on {@code seed} to its end and returns the finished swarm. */
    static Swarm run(String yaml, long seed) throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse(yaml, Path.of("token-test.yaml"));
        Swarm swarm = new Swarm(scenario, seed, scenario.until() instanceof Until.AllComplete);
        swarm.start();
        swarm.engine.run(scenario.endMicros());
        swarm.finish();
        return swarm;
    }
}
