package atlas.sim.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --jobs N}: how many runs go at once, by default one per available processor; a picocli mixin. */
final class JobsOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "N", description = "runs at a time (default: the available processors)")
    private Integer jobs;

    int threads() {
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + threads);
        }
        return threads;
    }
}
