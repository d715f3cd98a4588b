package atlas.sim.scenario;

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
}
