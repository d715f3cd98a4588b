package atlas.sim.validation;

import atlas.analysis.chart.NamedChart;
import atlas.sim.output.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One model or law the simulator is checked against: the runs it needs, and the checks and
 * charts it draws from their results.
 */
abstract class CheckFamily {

    private final String name;
    /** The simulations to run, filled by the family's constructor. */
    protected final List<ValidationRun> runs = new ArrayList<>();

    /** @param name the family's name in the table and CSV, and for {@code --only} */
    protected CheckFamily(String name) {
        this.name = name;
    }

    final String name() {
        return name;
    }

    final List<ValidationRun> runs() {
        return runs;
    }

    /** The checks, from the results of {@link #runs()} in the same order. */
    abstract List<Check> checks(List<RunResult> results);

    /** Charts of the simulated values against the model, from the same results. */
    abstract List<NamedChart> charts(List<RunResult> results);
}
