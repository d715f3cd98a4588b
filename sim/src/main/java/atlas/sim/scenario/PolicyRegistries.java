package atlas.sim.scenario;

import atlas.protocols.PolicyRegistry;
import atlas.protocols.choke.Chokers;
import atlas.protocols.piece.PiecePickers;
import atlas.sim.behaviour.SeedingModels;

/**
 * The registries a scenario's policy names are looked up in. {@link #standard()} is what runs use;
 * tests may pass registries of their own.
 */
public record PolicyRegistries(PolicyRegistry<?> pickers, PolicyRegistry<?> leecherChokers,
        PolicyRegistry<?> seedChokers, PolicyRegistry<?> seeding) {

    private static final PolicyRegistries STANDARD = new PolicyRegistries(PiecePickers.REGISTRY, Chokers.LEECHER,
            Chokers.SEED, SeedingModels.REGISTRY);

    /** The protocols' pickers and chokers and the simulator's seeding models. */
    public static PolicyRegistries standard() {
        return STANDARD;
    }
}
