package atlas.sim.cli;

import atlas.sim.sweep.Shard;
import atlas.sim.sweep.SweepLoader;
import atlas.sim.sweep.SweepPlan;
import atlas.sim.sweep.SweepRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas sweep SWEEP.yaml [--jobs N] [--shard I/N] [--out DIR] [--quiet]}: a sweep's runs and tables. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs every run of a sweep file (or one shard of them) into DIR/runs/<run id>/, skipping runs "
                + "already there, then writes DIR/runs.csv and DIR/points.csv. Shards write "
                + "runs-shard-I-of-N.csv and points-shard-I-of-N.csv; 'atlas merge' joins them.",
        footer = {"%nShards (0-based I of N) come from --shard, or else from SLURM_ARRAY_TASK_ID (minus "
                + "SLURM_ARRAY_TASK_MIN) of SLURM_ARRAY_TASK_COUNT, or else from JOB_COMPLETION_INDEX (a Kubernetes "
                + "Indexed Job) of --shard-count or ATLAS_SHARD_COUNT."})
final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SWEEP.yaml", description = "the sweep file")
    private Path sweepFile;

    @Mixin
    private JobsOption jobs;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only slice I (from 0) of N")
    private String shard;

    @Option(names = "--shard-count", paramLabel = "N", description = "the number of slices when JOB_COMPLETION_INDEX names the slice")
    private Integer shardCount;

    @Option(names = "--out", paramLabel = "DIR", description = "the sweep's directory (default: results/<sweep name>)")
    private Path out;

    @Option(names = "--quiet", description = "show no progress")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Shard slice;
        try {
            slice = Shard.resolve(shard, shardCount, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        int threads = jobs.threads();
        SweepPlan plan = SweepLoader.load(sweepFile);
        Path dir = out != null ? out : Path.of("results", plan.name());
        RunsProgress progress = RunsProgress.of(main, quiet);
        SweepRunner.Outcome outcome = SweepRunner.run(plan, dir, slice, threads, progress);
        progress.finish();
        RunsProgress.warnIfMixed(main.err, outcome.builds());
        main.out.println("wrote " + dir + ": " + outcome.ran() + " runs" + (outcome.skipped() > 0
                ? " (" + outcome.skipped() + " already done)" : "") + (slice.count() > 1 ? ", shard " + slice.index()
                + " of " + slice.count() : ""));
        return ExitCodes.OK;
    }
}
