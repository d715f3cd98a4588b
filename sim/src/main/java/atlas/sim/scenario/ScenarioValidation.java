package atlas.sim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one scenario file (and of files it refers to) while it is read, so
 * that all of them are reported together; reading goes on after a problem wherever the rest of
 * the file still makes sense.
 */
public final class ScenarioValidation {

    private final String file;
    private final List<ScenarioProblem> problems = new ArrayList<>();
    /** Parts of the tree that another file wrote (a sweep's overrides), where their problems belong. */
    private final List<Relocation> relocations = new ArrayList<>();

    /**
     * @param subtree whether problems anywhere under {@code scenarioPath} belong elsewhere, or only
     *     those about the node itself (a map created on the way to an overridden key)
     */
    private record Relocation(String scenarioPath, String file, String parameter, boolean subtree) {
        boolean covers(String keyPath) {
            return keyPath.equals(scenarioPath) || subtree && (keyPath.startsWith(scenarioPath + ".")
                    || keyPath.startsWith(scenarioPath + "["));
        }
    }

    public ScenarioValidation(String file) {
        this.file = file;
    }

    public void add(int line, String keyPath, String message) {
        Relocation relocation = null;
        for (Relocation r : relocations) {
            if (r.covers(keyPath) && (relocation == null || r.scenarioPath().length() > relocation.scenarioPath().length())) {
                relocation = r;
            }
        }
        if (relocation == null) {
            problems.add(new ScenarioProblem(file, line, keyPath, message));
        } else {
            // Named as the overriding file names it: parameters.PATH, then any key inside the value.
            String inside = relocation.subtree() ? keyPath.substring(relocation.scenarioPath().length()) : "";
            problems.add(new ScenarioProblem(relocation.file(), line, "parameters." + relocation.parameter() + inside,
                    message));
        }
    }

    public void add(YamlNode node, String message) {
        add(node.line(), node.path(), message);
    }

    /** A problem in another file the scenario names, such as an arrival trace. */
    void addElsewhere(ScenarioProblem problem) {
        problems.add(problem);
    }

    /**
     * Reports problems at {@code scenarioPath} (and under it, if {@code subtree}) in {@code file}
     * as problems of {@code parameter}: the node there was written by an override from that file,
     * with that file's line numbers.
     */
    void relocate(String scenarioPath, String file, String parameter, boolean subtree) {
        relocations.add(new Relocation(scenarioPath, file, parameter, subtree));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() throws ScenarioException {
        if (!problems.isEmpty()) {
            List<ScenarioProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing((ScenarioProblem p) -> !p.file().equals(file))
                    .thenComparing(ScenarioProblem::file).thenComparingInt(ScenarioProblem::line));
            throw new ScenarioException(sorted);
        }
    }
}
