package atlas.sim.sweep;

import atlas.analysis.results.AtomicFile;
import atlas.sim.output.OutputDirectoryException;
import atlas.sim.output.RunWriter;
import atlas.sim.swarm.ProgressListener;
import atlas.sim.swarm.SwarmSimulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs a sweep, or one {@link Shard} of it, into a directory: {@code sweep.json} and a copy of the
 * sweep file ({@code sweep.yaml}), then one
 * directory per run under {@code runs/}, written atomically by {@link RunWriter} as each run
 * ends, then the tables of the slice ({@link SweepTables}; a shard's carry its number in their
 * names, so shards can share a directory). Runs execute on {@code jobs} threads; a run is a pure
 * function of its scenario and seed, so the thread count changes nothing but the time. A run whose
 * directory exists finished earlier and is skipped: an interrupted run leaves no directory, so
 * resuming loses and repeats nothing.
 */
public final class SweepRunner {

    /** Where a sweep's run directories live, under its directory. */
    public static final String RUNS = "runs";
    /** The copy of the sweep file in its directory. */
    public static final String SWEEP_FILE = "sweep.yaml";

    private SweepRunner() {
    }

    /** What a call did. */
    /**
     * @param builds the simulator builds the slice's runs were made by; more than one when a
     *     resumed sweep mixes runs from before and after a rebuild
     */
    public record Outcome(int ran, int skipped, SortedSet<String> builds) {
    }

    /**
     * Runs the runs of {@code shard} not yet in {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} holds something else than this sweep
     */
    public static Outcome run(SweepPlan plan, Path dir, Shard shard, int jobs, SweepListener listener)
            throws IOException, InterruptedException {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        SweepManifest manifest = SweepManifest.of(plan);
        checkTarget(dir, manifest);
        manifest.write(dir);
        AtomicFile.writeString(dir.resolve(SWEEP_FILE), plan.source());
        Path runsDir = dir.resolve(RUNS);
        Files.createDirectories(runsDir);
        List<SweepRun> pending = new ArrayList<>();
        SortedMap<String, Path> slice = new TreeMap<>();
        for (SweepRun run : plan.runs()) {
            if (shard.includes(run.index())) {
                slice.put(run.id(), runsDir.resolve(run.id()));
                if (!isComplete(runsDir.resolve(run.id()))) {
                    pending.add(run);
                }
            }
        }
        listener.onStart(pending.size(), slice.size() - pending.size());
        execute(pending, runsDir, jobs, listener);
        SortedSet<String> builds = SweepTables.write(manifest, slice, dir,
                shard.count() == 1 ? "" : "-shard-" + shard.index() + "-of-" + shard.count());
        return new Outcome(pending.size(), slice.size() - pending.size(), builds);
    }

    /** Whether a run directory holds a finished run: RunWriter renames it into place only when complete. */
    public static boolean isComplete(Path runDir) {
        return Files.isRegularFile(runDir.resolve(RunWriter.SUMMARY));
    }

    private static void execute(List<SweepRun> runs, Path runsDir, int jobs, SweepListener listener)
            throws IOException, InterruptedException {
        int[] finished = {0};
        ParallelRuns.run(runs, jobs, run -> {
            RunWriter.write(new SwarmSimulation(run.scenario(), run.seed()).run(ProgressListener.NONE),
                    runsDir.resolve(run.id()));
            return run;
        }, run -> listener.onRunDone(++finished[0]), run -> "run " + run.id() + " (seed " + run.seed() + ")");
    }

    /** Whether {@code dir} holds anything besides another shard's sweep.json being written. */
    private static boolean holdsMoreThanAManifestBeingWritten(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(e -> !e.getFileName().toString().startsWith("." + SweepManifest.FILE));
        }
    }

    /** {@code dir} may be absent, empty, or this sweep's (its sweep.json has the same hash). */
    static void checkTarget(Path dir, SweepManifest manifest) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new OutputDirectoryException(dir + " exists and is not a directory");
        }
        SweepManifest existing = SweepManifest.read(dir);
        if (existing == null && holdsMoreThanAManifestBeingWritten(dir)) {
            // Another shard sharing the directory may have written its manifest, and begun its
            // runs, since the first look.
            existing = SweepManifest.read(dir);
            if (existing == null) {
                throw new OutputDirectoryException(dir + " exists and is not a sweep's directory (no "
                        + SweepManifest.FILE + "); refusing to write into it: remove it or choose another --out");
            }
        }
        if (existing != null && !existing.hash().equals(manifest.hash())) {
            throw new OutputDirectoryException(dir + " holds another sweep ('" + existing.name() + "', hash "
                    + existing.hash().substring(0, 12) + "; this one is '" + manifest.name() + "', hash "
                    + manifest.hash().substring(0, 12) + "): its runs would not match; choose another --out");
        }
    }
}
