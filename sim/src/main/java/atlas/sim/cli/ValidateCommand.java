package atlas.sim.cli;

import atlas.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas validate FILE}: every problem of a scenario, without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file and prints every problem, one per line as file:line: key: message; "
                + "prints ok if there is none.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(paramLabel = "FILE", description = "the scenario file")
    private Path file;

    @Override
    public Integer call() throws Exception {
        // Problems are thrown as one ScenarioException and printed by ExitCodes.
        ScenarioLoader.load(file);
        main.out.println("ok");
        return ExitCodes.OK;
    }
}
