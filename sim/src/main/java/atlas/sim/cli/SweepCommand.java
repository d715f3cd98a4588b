package atlas.sim.cli;

import atlas.sim.sweep.Shard;
import atlas.sim.sweep.SweepListener;
import atlas.sim.sweep.SweepLoader;
import atlas.sim.sweep.SweepPlan;
import atlas.sim.sweep.SweepRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
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

    @Option(names = "--jobs", paramLabel = "N", description = "runs at a time (default: the available processors)")
    private Integer jobs;

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
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + threads);
        }
        SweepPlan plan = SweepLoader.load(sweepFile);
        Path dir = out != null ? out : Path.of("results", plan.name());
        Progress progress = new Progress(main.err, quiet ? ProgressDisplay.Mode.QUIET
                : main.terminal ? ProgressDisplay.Mode.TERMINAL : ProgressDisplay.Mode.LINES, System::nanoTime);
        SweepRunner.Outcome outcome = SweepRunner.run(plan, dir, slice, threads, progress);
        progress.finish();
        main.out.println("wrote " + dir + ": " + outcome.ran() + " runs" + (outcome.skipped() > 0
                ? " (" + outcome.skipped() + " already done)" : "") + (slice.count() > 1 ? ", shard " + slice.index()
                + " of " + slice.count() : ""));
        return ExitCodes.OK;
    }

    /**
     * Runs done of the runs to do, and an ETA from the mean wall time per run so far: redrawn in
     * place on a terminal after each run; otherwise a line every {@value #LINE_INTERVAL_S} s of wall
     * time and after the last run, for logs; nothing when quiet.
     */
    static final class Progress implements SweepListener {

        private static final long NANOS_PER_S = 1_000_000_000L;
        private static final int BAR_WIDTH = 20;
        private static final long LINE_INTERVAL_S = 10;

        private final PrintStream err;
        private final ProgressDisplay.Mode mode;
        private final LongSupplier nanoClock;
        private long startNanos;
        private long lastLineNanos;
        private int toRun;
        private int skipped;
        private boolean shown;

        Progress(PrintStream err, ProgressDisplay.Mode mode, LongSupplier nanoClock) {
            this.err = err;
            this.mode = mode;
            this.nanoClock = nanoClock;
        }

        @Override
        public void onStart(int runs, int alreadyDone) {
            this.toRun = runs;
            this.skipped = alreadyDone;
            this.startNanos = nanoClock.getAsLong();
            this.lastLineNanos = startNanos;
        }

        @Override
        public void onRunDone(int done) {
            if (mode == ProgressDisplay.Mode.QUIET) {
                return;
            }
            long now = nanoClock.getAsLong();
            String status = status(done, now - startNanos);
            if (mode == ProgressDisplay.Mode.TERMINAL) {
                err.print('\r' + status);
            } else if (now - lastLineNanos >= LINE_INTERVAL_S * NANOS_PER_S || done == toRun) {
                err.println(status);
                lastLineNanos = now;
            }
            err.flush();
            shown = true;
        }

        String status(int done, long elapsedNanos) {
            StringBuilder text = new StringBuilder();
            if (mode == ProgressDisplay.Mode.TERMINAL) {
                int filled = (int) ((long) done * BAR_WIDTH / toRun);
                text.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
            }
            text.append(done).append('/').append(toRun).append(" runs");
            if (skipped > 0) {
                text.append(" (").append(skipped).append(" done before)");
            }
            long remaining = Math.round((double) elapsedNanos / done * (toRun - done) / NANOS_PER_S);
            text.append(", ETA ").append(ProgressDisplay.duration(remaining));
            // Erase the rest of a longer previous line: the ETA can shrink.
            return mode == ProgressDisplay.Mode.TERMINAL ? text + "   " : text.toString();
        }

        void finish() {
            if (mode == ProgressDisplay.Mode.TERMINAL && shown) {
                err.println();
            }
        }
    }
}
