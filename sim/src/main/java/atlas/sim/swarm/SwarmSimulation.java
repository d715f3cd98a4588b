package atlas.sim.swarm;

import atlas.sim.output.RunResult;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.Until;

/**
 * One run of a scenario with one seed: a pure function of the two. This is the simulator's entry
 * point; everything it needs comes from the scenario.
 */
public final class SwarmSimulation {
    /** Progress is reported after this many events: a count, so reporting never perturbs a run. */
    private static final long PROGRESS_EVERY_EVENTS = 1 << 16;

    private final Scenario scenario;
    private final long seed;

    public SwarmSimulation(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    public RunResult run(ProgressListener progress) {
        long started = System.nanoTime();
        long end = scenario.endMicros();
        Swarm swarm = new Swarm(scenario, seed, scenario.until() instanceof Until.AllComplete);
        swarm.engine.setMonitor(PROGRESS_EVERY_EVENTS, () -> report(swarm, progress));
        swarm.start();
        swarm.engine.run(end);
        swarm.finish();
        report(swarm, progress);
        long now = swarm.engine.now();
        return new RunResult(scenario, seed, now, swarm.endedBy(), swarm.engine.eventsFired(),
                System.nanoTime() - started,
                swarm.peerRecords(), swarm.timeSeries, swarm.availableMicros(), swarm.tokenResult());
    }

    /** Reads the swarm only, so that reporting cannot change a run. */
    private static void report(Swarm swarm, ProgressListener progress) {
        progress.onProgress(swarm.engine.now(), swarm.engine.eventsFired(), swarm.arrived(), swarm.completed(),
                swarm.leechers(), swarm.seeds(), swarm.payloadDelivered());
    }
}
