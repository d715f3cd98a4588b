package atlas.sim.validation;

import atlas.sim.scenario.Scenario;
import java.util.Objects;

/**
 * One simulation the suite needs: a scenario (possibly a variant of a file, with fewer peers or
 * another picker) and the seed to run it with.
 *
 * @param label names the run in checks and progress, e.g. "kumar-ross-mixed 300 peers random #1"
 */
public record ValidationRun(String label, Scenario scenario, long seed) {

    public ValidationRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scenario, "scenario");
    }
}
