package atlas.sim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one scenario file (and of files it refers to) while it is read, so
 * that all of them are reported together; reading goes on after a problem wherever the rest of
 * the file still makes sense.
 */
final class ScenarioValidation {

    private final String file;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    ScenarioValidation(String file) {
        this.file = file;
    }

    void add(int line, String keyPath, String message) {
        problems.add(new ScenarioProblem(file, line, keyPath, message));
    }

    void add(YamlNode node, String message) {
        add(node.line(), node.path(), message);
    }

    /** A problem in another file the scenario names, such as an arrival trace. */
    void addElsewhere(ScenarioProblem problem) {
        problems.add(problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() throws ScenarioException {
        if (!problems.isEmpty()) {
            List<ScenarioProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing((ScenarioProblem p) -> !p.file().equals(file))
                    .thenComparing(ScenarioProblem::file).thenComparingInt(ScenarioProblem::line));
            throw new ScenarioException(sorted);
        }
    }
}
