package atlas.sim.validation;

import atlas.sim.scenario.Scenario;
import atlas.sim.sweep.RunSeeds;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * {@code count} runs of {@code scenario} labelled "{@code label}, replicate k", replicate r on
     * the seed a sweep's replicate r would get from the scenario's seed (common random numbers).
     */
    static List<ValidationRun> replicates(String label, Scenario scenario, int count) {
        List<ValidationRun> runs = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            runs.add(new ValidationRun(label + ", replicate " + (r + 1), scenario, RunSeeds.replicate(scenario.seed(), r)));
        }
        return runs;
    }
}
