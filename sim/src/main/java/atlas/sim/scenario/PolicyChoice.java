package atlas.sim.scenario;

import atlas.protocols.PolicyRegistry;
import java.util.Objects;

/**
 * A policy named as in its {@link atlas.protocols.PolicyRegistry} with its bound parameters
 * (an instance of the entry's {@code paramsType()}), ready for {@code Entry.create(params)}.
 */
public record PolicyChoice(String name, Record params) {

    public PolicyChoice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(params, "params");
    }

    /** A new instance of the chosen policy from {@code registry}, which must know the name (the loader checked it). */
    public <T> T create(PolicyRegistry<T> registry) {
        return registry.find(name)
                .orElseThrow(() -> new IllegalStateException("no " + registry.kind() + " named '" + name + "'"))
                .create(params);
    }
}
