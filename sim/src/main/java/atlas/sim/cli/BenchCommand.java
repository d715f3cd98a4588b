package atlas.sim.cli;

import atlas.sim.bench.Benchmark;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code atlas bench}: the speed and memory table of the simulator, as medians of several runs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the benchmark scenario's flash crowd at each size and prints median wall time, "
                + "events per second and peak heap. Give the JVM enough heap for the largest size "
                + "(ATLAS_JAVA_OPTS=-Xmx16g for 100,000 peers).")
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
        main.out.printf("%-9s %5s %12s %14s %13s %14s %12s %10s %12s%n", "peers", "runs", "wall_s(p50)",
                "events/s(p50)", "events", "peak_heap_MiB", "simulated_s", "completed", "wall_growth");
        double previous = Double.NaN;
        for (int peers : sizes) {
            Benchmark.Row row = Benchmark.measure(base, peers, runs, seed);
            double growth = row.medianWallSeconds() / previous;
            main.out.printf("%-9d %5d %12.2f %14.0f %13d %14.0f %12.0f %10d %12s%n", row.peers(), row.runs(),
                    row.medianWallSeconds(), row.medianEventsPerSecond(), row.events(),
                    row.peakHeapBytes() / 1048576.0, row.simulatedSeconds(), row.completed(),
                    Double.isNaN(growth) ? "-" : String.format("x%.1f", growth));
            previous = row.medianWallSeconds();
        }
        return ExitCodes.OK;
    }
}
