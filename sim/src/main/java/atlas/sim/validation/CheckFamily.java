package atlas.sim.validation;

import atlas.analysis.chart.NamedChart;
import atlas.sim.output.RunResult;
import java.util.List;

/**
 * One model or law the simulator is checked against: the runs it needs, and the checks and
 * charts it draws from their results.
 */
interface CheckFamily {

    /** The family's name in the table and CSV, and for {@code --only}. */
    String name();

    /** The simulations to run. */
    List<ValidationRun> runs();

    /** The checks, from the results of {@link #runs()} in the same order. */
    List<Check> checks(List<RunResult> results);

    /** Charts of the simulated values against the model, from the same results. */
    List<NamedChart> charts(List<RunResult> results);
}
