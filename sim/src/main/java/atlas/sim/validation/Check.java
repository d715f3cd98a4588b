package atlas.sim.validation;

import java.util.Objects;

/**
 * One comparison of the simulator with an independent reference: a row of {@code checks.csv}.
 *
 * @param family the model or law checked: conservation, kumar-ross, fluid-model, missing-piece
 * @param name what is compared, e.g. "last completion / bound (rarest-first, 300 peers)"
 * @param scenario the scenario (and variant) that was run
 * @param unit the unit of both values
 * @param simulated the simulator's value
 * @param reference the model's value
 * @param tolerance what the verdict requires
 */
public record Check(String family, String name, String scenario, String unit, double simulated, double reference,
        Tolerance tolerance) {

    public Check {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(tolerance, "tolerance");
    }

    /** simulated / reference; NaN when the reference is 0. */
    public double ratio() {
        return reference == 0 ? Double.NaN : simulated / reference;
    }

    public boolean passed() {
        return tolerance.accepts(simulated, reference);
    }
}
