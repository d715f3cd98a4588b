package atlas.sim.regress;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a scenario still does exactly what it did when its baseline was made: the runs on seeds
 * the baseline also ran are compared digest by digest. A different digest says behaviour changed,
 * which a change to the protocol may well intend; it is reported, never a failure by itself.
 *
 * @param compared seeds run both now and in the baseline
 * @param changedSeeds those of them whose digest differs
 * @param scenarioChanged whether the resolved scenario differs from the baseline's (the suite file
 *     was edited, or the check overrides it), which explains a change of behaviour
 */
public record BehaviourCheck(String scenario, int compared, List<Long> changedSeeds, boolean scenarioChanged) {

    public BehaviourCheck {
        changedSeeds = List.copyOf(changedSeeds);
    }

    /** Compares the digests of the runs now with the baseline's, on their common seeds. */
    static BehaviourCheck of(Baseline baseline, String scenarioHash, List<RunOutcome> now) {
        int compared = 0;
        List<Long> changed = new ArrayList<>();
        for (RunOutcome run : now) {
            for (RunOutcome old : baseline.runs()) {
                if (old.seed() == run.seed()) {
                    compared++;
                    if (!old.digest().equals(run.digest())) {
                        changed.add(run.seed());
                    }
                }
            }
        }
        return new BehaviourCheck(baseline.scenario(), compared, changed, !baseline.scenarioHash().equals(scenarioHash));
    }

    /** Whether any compared run differs. */
    public boolean changed() {
        return !changedSeeds.isEmpty();
    }

    /** One line for people: "unchanged on 10 of 10 seeds", "CHANGED on 7 of 10 seeds", "not checked (fresh seeds)". */
    public String describe() {
        if (compared == 0) {
            return "not checked (no run on a baseline seed)";
        }
        String text = changed() ? "CHANGED on " + changedSeeds.size() + " of " + compared + " seeds"
                : "unchanged on " + compared + " of " + compared + " seeds";
        return scenarioChanged ? text + " (the scenario differs from the baseline's)" : text;
    }
}
