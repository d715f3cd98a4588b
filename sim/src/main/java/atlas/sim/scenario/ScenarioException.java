package atlas.sim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot be run, with every problem found in it (never just the first). */
public final class ScenarioException extends Exception {

    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** In file order: problems of the scenario file by line, then those of files it names. */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
