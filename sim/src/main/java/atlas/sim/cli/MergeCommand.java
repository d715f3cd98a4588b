package atlas.sim.cli;

import atlas.sim.sweep.SweepMerge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas merge DIR... [--out DIR] [--allow-missing]}: the complete tables of a sharded sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins the shards of one sweep: reads the runs in each DIR (shard directories, or one directory "
                + "the shards shared) and writes runs.csv and points.csv, the same bytes as an unsharded sweep. "
                + "Refuses directories of different sweeps, and lists missing runs.")
final class MergeCommand implements Callable<Integer> {

    /** How many missing run ids to list before summarising the rest. */
    private static final int LISTED = 20;

    @ParentCommand
    private Main main;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "the shards' sweep directories")
    private List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the tables (default: the first DIR)")
    private Path out;

    @Option(names = "--allow-missing", description = "write the tables even if runs are missing")
    private boolean allowMissing;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : dirs.get(0);
        SweepMerge.Outcome outcome = SweepMerge.merge(dirs, target, allowMissing);
        List<String> missing = outcome.missing();
        if (!missing.isEmpty()) {
            main.err.println((outcome.written() ? "warning: " : "") + missing.size() + " of " + (outcome.runs() + missing.size())
                    + " runs are missing: " + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                    + (missing.size() > LISTED ? ", ..." : "")
                    + (outcome.written() ? "" : "; run the shards that hold them, or give --allow-missing"));
        }
        if (!outcome.written()) {
            return ExitCodes.BAD_INPUT;
        }
        RunsProgress.warnIfMixed(main.err, outcome.builds());
        main.out.println("wrote " + target + ": tables of " + outcome.runs() + " runs");
        return ExitCodes.OK;
    }
}
