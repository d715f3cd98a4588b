package atlas.sim.cli;

import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.sweep.SweepLoader;
import atlas.sim.sweep.SweepPlan;
import atlas.sim.sweep.SweepRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas validate FILE}: every problem of a scenario or sweep file, without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario or sweep file (a sweep has the key 'base'; its base scenario is checked at "
                + "every point) and prints every problem, one per line as file:line: key: message; prints ok if "
                + "there is none.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(paramLabel = "FILE", description = "the scenario or sweep file")
    private Path file;

    @Override
    public Integer call() throws Exception {
        // Problems are thrown as one ScenarioException and printed by ExitCodes.
        if (SweepLoader.isSweep(file)) {
            SweepPlan plan = SweepLoader.load(file);
            for (SweepRun run : plan.runs()) {
                String endless = run.replicate() == 0 ? run.scenario().endlessArrivalsWarning() : null;
                if (endless != null) {
                    main.err.println(endless + " (point " + plan.points().get(run.point()).id() + ")");
                }
            }
            main.out.println("ok: " + plan.points().size() + " points x " + plan.replicates() + " replicates = "
                    + plan.runs().size() + " runs");
        } else {
            String endless = ScenarioLoader.load(file).endlessArrivalsWarning();
            if (endless != null) {
                main.err.println(endless);
            }
            main.out.println("ok");
        }
        return ExitCodes.OK;
    }
}
