package atlas.sim.cli;

import atlas.analysis.results.ResultFileException;
import atlas.protocols.wire.WireException;
import atlas.sim.output.OutputDirectoryException;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioProblem;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes of architecture.md and the one place where failures become them: whatever a
 * command throws, or picocli's complaint about the arguments, is reported on stderr, one line per
 * problem, and mapped to a code here.
 */
final class ExitCodes implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int OK = 0;
    /** A check failed: a metric regressed against its baseline, or the simulator disagreed with a model. */
    static final int CHECK_FAILED = 1;
    /** Bad input: usage, a scenario, a result file or an output directory that cannot be used. */
    static final int BAD_INPUT = 2;
    /** A bug: an exception nobody anticipated. */
    static final int INTERNAL_ERROR = 3;

    private final PrintStream err;

    ExitCodes(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return report(e);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        return report(e);
    }

    private int report(Exception e) {
        if (e instanceof ParameterException usage) {
            err.println(usage.getMessage());
            err.println("Try 'atlas " + commandName(usage.getCommandLine()) + "--help' for usage.");
            return BAD_INPUT;
        }
        if (e instanceof ScenarioException scenario) {
            for (ScenarioProblem problem : scenario.problems()) {
                err.println(problem);
            }
            return BAD_INPUT;
        }
        if (e instanceof OutputDirectoryException || e instanceof ResultFileException || e instanceof WireException) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            // A file that cannot be read or written (permissions, a full disk): the environment, not a bug.
            err.println(io.getMessage() + ": " + io.getCause().getMessage());
            return BAD_INPUT;
        }
        err.println("internal error (please report it with the scenario): " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    private static String commandName(CommandLine command) {
        // The root command needs no name: "atlas --help".
        return command.getParent() == null ? "" : command.getCommandSpec().qualifiedName(" ").replaceFirst("^atlas ", "") + " ";
    }
}
