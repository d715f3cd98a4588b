package atlas.sim.cli;

import atlas.sim.output.BuildInfo;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code atlas} command: picks a subcommand and returns its exit code ({@link ExitCodes}).
 * {@link #run} does everything but exit, so tests call it with their own streams.
 */
@Command(name = "atlas", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Discrete-event simulator and economic testbed for token-incentivised BitTorrent.",
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, MergeCommand.class,
                CompareCommand.class, ChartCommand.class, ReportCommand.class, BenchCommand.class,
                RegressCommand.class, ValidateModelCommand.class, PeerCommand.class})
public final class Main implements Callable<Integer> {

    /** Set by {@code scripts/atlas} to whether stderr is a terminal ({@code [ -t 2 ]}). */
    static final String STDERR_TTY_PROPERTY = "atlas.stderr.tty";

    final PrintStream out;
    final PrintStream err;
    /** Whether err is an interactive terminal, where progress is redrawn in place. */
    final boolean terminal;

    @Spec
    CommandSpec spec;

    private Main(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        boolean terminal = err == System.err
                && stderrIsTerminal(System.getProperty(STDERR_TTY_PROPERTY), System.console() != null);
        ExitCodes exitCodes = new ExitCodes(err);
        CommandLine commandLine = new CommandLine(new Main(out, err, terminal))
                .setOut(writer(out))
                .setErr(writer(err))
                .setExecutionExceptionHandler(exitCodes)
                .setParameterExceptionHandler(exitCodes)
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getSubcommands().get("run").getCommandSpec().usageMessage().footer(RunCommand.metricsHelp());
        return commandLine.execute(args);
    }

    /**
     * Whether stderr, where progress goes, is a terminal: the value of {@link #STDERR_TTY_PROPERTY}
     * ("true" or "false") if set, else whether the process has a console. Only the property is right
     * in every case: Java 17's console reflects stdin and stdout, so {@code atlas run X 2>log} would
     * fill the log with redrawn lines and {@code atlas run X >out} would show plain lines on a
     * terminal; a plain {@code java -jar}, without the property, falls back to it.
     */
    static boolean stderrIsTerminal(String property, boolean console) {
        return property != null ? Boolean.parseBoolean(property) : console;
    }

    /** "atlas" alone is a usage error: it names no command. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: " + String.join(", ",
                spec.subcommands().keySet()));
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }

    /** "atlas VERSION (commit COMMIT)", from the build's stamp. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"atlas " + BuildInfo.CURRENT.version() + " (commit " + BuildInfo.CURRENT.commit() + ")"};
        }
    }
}
