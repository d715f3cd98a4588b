package atlas.sim.cli;

import atlas.sim.validation.ChecksTable;
import atlas.sim.validation.Mode;
import atlas.sim.validation.ValidationSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas validate-model [--quick] [--out DIR]}: the simulator against independent models. */
@Command(name = "validate-model", mixinStandardHelpOptions = true,
        description = "Runs the validation scenarios (scenarios/validation/) and every shipped scenario, and compares "
                + "the simulator with results known independently: conservation of bytes, Kumar and Ross's minimum "
                + "distribution time, Qiu and Srikant's fluid model and Hajek and Zhu's missing-piece syndrome. Prints "
                + "per check the simulated value, the reference, their ratio, the tolerance and the verdict; writes "
                + "DIR/checks.csv and charts of simulated against model. Exit code 1 if a check fails.")
final class ValidateModelCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "the reduced suite run in CI (smaller crowds, one seed, shorter runs)")
    private boolean quick;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/validation",
            description = "where checks.csv and the charts go (default: ${DEFAULT-VALUE})")
    private Path out;

    @Mixin
    private JobsOption jobs;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "the shipped scenarios, with the validation scenarios in DIR/validation (default: ${DEFAULT-VALUE})")
    private Path scenarios;

    @Option(names = "--only", split = ",", paramLabel = "FAMILY[,FAMILY...]",
            description = "run only these families of checks: conservation, kumar-ross, fluid-model, missing-piece")
    private List<String> only;

    @Option(names = "--quiet", description = "show no progress")
    private boolean quiet;

    @Mixin
    private ChartOptions charts;

    @Override
    public Integer call() throws Exception {
        int threads = jobs.threads();
        List<String> families = only != null ? only : ValidationSuite.FAMILIES;
        for (String family : families) {
            if (!ValidationSuite.FAMILIES.contains(family)) {
                throw new ParameterException(spec.commandLine(), "--only: no family '" + family + "'; choose among "
                        + String.join(", ", ValidationSuite.FAMILIES));
            }
        }
        Mode mode = quick ? Mode.QUICK : Mode.FULL;
        long started = System.nanoTime();
        ValidationSuite.Outcome outcome = ValidationSuite.run(scenarios, mode, families, threads,
                out, charts.formats(), label -> {
                    if (!quiet) {
                        main.err.println("done: " + label);
                    }
                });
        main.out.print(ChecksTable.format(outcome.checks()));
        main.out.printf(Locale.ROOT, "%s suite: %d runs in %.0f s; wrote %s%n", mode.name(), outcome.runs(),
                (System.nanoTime() - started) / 1e9, out.resolve("checks.csv"));
        return exitCode(outcome);
    }

    /** 0 if every check passed, else {@link ExitCodes#CHECK_FAILED}. */
    static int exitCode(ValidationSuite.Outcome outcome) {
        return outcome.allPassed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
