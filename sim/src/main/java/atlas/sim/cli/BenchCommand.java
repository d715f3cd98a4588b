package atlas.sim.cli;

import atlas.sim.bench.Benchmark;
import atlas.sim.chain.ChainBenchmark;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code atlas bench}: the speed and memory table of the simulator, as medians of several runs;
 * {@code atlas bench chain}: the payment machinery's throughput table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCommand.Chain.class,
        description = "Runs the benchmark scenario's flash crowd at each size and prints median wall time, "
                + "events per second and peak heap. Give the JVM enough heap for the largest size "
                + "(ATLAS_JAVA_OPTS=-Xmx16g for 100,000 peers). 'atlas bench chain' measures the mock chain instead.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/bench/flash-crowd.yaml",
            description = "the benchmark scenario (default: ${DEFAULT-VALUE}); its arrivals become a flash crowd of each size")
    private Path scenario;

    @Option(names = "--peers", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000",
            description = "flash crowd sizes (default: ${DEFAULT-VALUE})")
    private List<Integer> sizes;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "runs per size; the median is reported (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of every run (default: ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() throws Exception {
        Scenario base = ScenarioLoader.load(scenario);
        main.out.printf("%-9s %5s %12s %11s %14s %13s %14s %12s %10s %12s%n", "peers", "runs", "wall_s(p50)",
                "cpu_s(p50)", "events/s(p50)", "events", "peak_heap_MiB", "simulated_s", "completed", "wall_growth");
        double previous = Double.NaN;
        for (int peers : sizes) {
            Benchmark.Row row = Benchmark.measure(base, peers, runs, seed);
            double growth = row.medianWallSeconds() / previous;
            main.out.printf("%-9d %5d %12.2f %11.2f %14.0f %13d %14.0f %12.0f %10d %12s%n", row.peers(), row.runs(),
                    row.medianWallSeconds(), row.medianCpuSeconds(), row.medianEventsPerSecond(), row.events(),
                    row.peakHeapBytes() / 1048576.0, row.simulatedSeconds(), row.completed(),
                    Double.isNaN(growth) ? "-" : String.format("x%.1f", growth));
            previous = row.medianWallSeconds();
        }
        return ExitCodes.OK;
    }

    /** {@code atlas bench chain}: {@link ChainBenchmark}'s medians as a table, one row per measurement. */
    @Command(name = "chain", mixinStandardHelpOptions = true,
            description = "Measures off-chain channel updates per second with the simulated signer and with Ed25519, "
                    + "and on-chain BTT transfers per second through block production; prints the median of the "
                    + "timed repetitions.")
    static final class Chain implements Callable<Integer> {

        private static final ChainBenchmark.Settings DEFAULTS = ChainBenchmark.Settings.defaults();

        @ParentCommand
        private BenchCommand bench;

        @Option(names = "--simulated-updates", paramLabel = "N",
                description = "off-chain updates per repetition with the simulated signer (default: ${DEFAULT-VALUE})")
        private int simulatedUpdates = DEFAULTS.simulatedUpdates();

        @Option(names = "--ed25519-updates", paramLabel = "N",
                description = "off-chain updates per repetition with Ed25519 (default: ${DEFAULT-VALUE})")
        private int ed25519Updates = DEFAULTS.ed25519Updates();

        @Option(names = "--transfers", paramLabel = "N",
                description = "on-chain transfers per repetition (default: ${DEFAULT-VALUE}, ten full blocks)")
        private int transfers = DEFAULTS.transfers();

        @Option(names = "--warmups", paramLabel = "N",
                description = "untimed repetitions before the timed ones (default: ${DEFAULT-VALUE})")
        private int warmups = DEFAULTS.warmups();

        @Option(names = "--repetitions", paramLabel = "R",
                description = "timed repetitions; the median is reported (default: ${DEFAULT-VALUE})")
        private int repetitions = DEFAULTS.repetitions();

        @Option(names = "--seed", paramLabel = "N", description = "seed of keys and traffic (default: ${DEFAULT-VALUE})")
        private long seed = 1;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            if (simulatedUpdates < 1 || ed25519Updates < 1 || transfers < 1 || warmups < 0 || repetitions < 1) {
                throw new ParameterException(spec.commandLine(), "counts must be at least 1 (--warmups at least 0)");
            }
            ChainBenchmark.Result result = ChainBenchmark.run(new ChainBenchmark.Settings(simulatedUpdates,
                    ed25519Updates, transfers, warmups, repetitions), seed);
            PrintStream out = bench.main.out;
            out.printf("%-36s %12s %16s %12s%n", "measurement", "per_run", "ops/s(p50)", "repetitions");
            row(out, "off-chain updates, simulated signer", simulatedUpdates, result.simulatedUpdatesPerSecond(), result);
            row(out, "off-chain updates, ed25519", ed25519Updates, result.ed25519UpdatesPerSecond(), result);
            row(out, "on-chain transfers, in blocks", transfers, result.transfersPerSecond(), result);
            return ExitCodes.OK;
        }

        private static void row(PrintStream out, String name, int perRun, double opsPerSecond, ChainBenchmark.Result result) {
            out.printf("%-36s %12d %16.0f %12d%n", name, perRun, opsPerSecond, result.repetitions());
        }
    }
}
