package atlas.sim.sweep;

import atlas.sim.output.OutputDirectoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins the shards of one sweep: directories that each hold some of its runs (one per shard, or
 * one that several shards shared) become one complete {@code runs.csv} and {@code points.csv},
 * the same bytes as a single process would have written, since tables depend only on the runs.
 * All directories must belong to the same sweep (same hash in {@code sweep.json}).
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /**
     * @param missing the runs of the sweep found in none of the directories, in id order
     * @param written whether the tables were written
     */
    /** @param builds the simulator builds of the merged runs (empty if nothing was written) */
    public record Outcome(int runs, List<String> missing, boolean written, SortedSet<String> builds) {
    }

    /**
     * Writes the tables of the runs found in {@code dirs} into {@code out}, unless runs are
     * missing and {@code allowMissing} is false.
     *
     * @throws OutputDirectoryException if a directory is not a sweep's or the sweeps differ
     */
    public static Outcome merge(List<Path> dirs, Path out, boolean allowMissing) throws IOException {
        SweepManifest manifest = null;
        Path first = null;
        for (Path dir : dirs) {
            SweepManifest m = SweepManifest.read(dir);
            if (m == null) {
                throw new OutputDirectoryException(dir + " is not a sweep's directory (no " + SweepManifest.FILE + ")");
            }
            if (manifest == null) {
                manifest = m;
                first = dir;
            } else if (!m.hash().equals(manifest.hash())) {
                throw new OutputDirectoryException(dir + " belongs to another sweep than " + first + " ('" + m.name()
                        + "', hash " + m.hash().substring(0, 12) + " against '" + manifest.name() + "', hash "
                        + manifest.hash().substring(0, 12) + ")");
            }
        }
        if (manifest == null) {
            throw new IllegalArgumentException("no directory to merge");
        }
        SortedMap<String, Path> found = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : manifest.runIds()) {
            // Several directories may hold a run (a retried shard): runs are pure, any copy will do.
            for (Path dir : dirs) {
                Path runDir = dir.resolve(SweepRunner.RUNS).resolve(id);
                if (SweepRunner.isComplete(runDir)) {
                    found.put(id, runDir);
                    break;
                }
            }
            if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty() && !allowMissing) {
            return new Outcome(found.size(), missing, false, new TreeSet<>());
        }
        SweepRunner.checkTarget(out, manifest);
        manifest.write(out);
        Path sweepFile = dirs.get(0).resolve(SweepRunner.SWEEP_FILE);
        if (Files.isRegularFile(sweepFile) && !Files.exists(out.resolve(SweepRunner.SWEEP_FILE))) {
            Files.copy(sweepFile, out.resolve(SweepRunner.SWEEP_FILE));
        }
        SortedSet<String> builds = SweepTables.write(manifest, found, out, "");
        return new Outcome(found.size(), missing, true, builds);
    }
}
