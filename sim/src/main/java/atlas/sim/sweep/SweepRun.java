package atlas.sim.sweep;

import atlas.sim.scenario.Scenario;

/**
 * One run of a sweep.
 *
 * @param id such as {@code p0003-r02}, also its directory's name under {@code runs/}
 * @param index its number in id order, from 0, which decides its {@link Shard}
 * @param point the index of its point
 * @param replicate its replicate number at the point, from 0
 * @param scenario the point's scenario, with the run's seed ({@link RunSeeds})
 */
public record SweepRun(String id, int index, int point, int replicate, Scenario scenario) {

    public long seed() {
        return scenario.seed();
    }
}
