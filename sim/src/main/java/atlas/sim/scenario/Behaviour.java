package atlas.sim.scenario;

import java.util.Objects;

/**
 * Peer departures: the rate at which a downloading peer gives up, and the seeding-time model
 * (a name in {@link atlas.sim.behaviour.SeedingModels#REGISTRY}) applied after completion.
 */
public record Behaviour(double abortRatePerSecond, PolicyChoice seeding) {

    public Behaviour {
        Objects.requireNonNull(seeding, "seeding");
    }
}
