package atlas.sim.compare;

import atlas.analysis.results.RunDirectory;
import atlas.analysis.results.RunSummary;
import atlas.sim.output.BuildInfo;
import atlas.sim.output.OutputDirectoryException;
import atlas.sim.output.RunWriter;
import atlas.sim.sweep.SweepManifest;
import atlas.sim.sweep.SweepPlan;
import atlas.sim.sweep.SweepRun;
import atlas.sim.sweep.SweepRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The builds of atlas behind a comparison's runs, named as the sweep tables name them,
 * "atlas_version (git_commit)" from each run's summary.json. A resumed comparison whose earlier
 * runs came from another build would pair runs that differ by build as well as by policy, so it is
 * refused unless asked for.
 *
 * <p>A build with uncommitted changes is named after its commit with "-dirty" ({@link BuildInfo}):
 * two different uncommitted builds of one commit carry the same name, and nothing else in
 * summary.json tells them apart, so they cannot be refused here.
 */
public final class RunBuilds {

    private static final String DIRTY = "-dirty";

    private RunBuilds() {
    }

    /** The name of the build this code belongs to. */
    public static String current() {
        return BuildInfo.CURRENT.toString();
    }

    /**
     * How many of {@code plan}'s runs already finished in {@code dir}, by the build that made
     * them; empty when {@code dir} holds no run of this plan (or another sweep, which the sweep
     * runner refuses on its own).
     */
    public static SortedMap<String, Integer> earlier(SweepPlan plan, Path dir) throws IOException {
        SortedMap<String, Integer> builds = new TreeMap<>();
        SweepManifest manifest = SweepManifest.read(dir);
        if (manifest == null || !manifest.hash().equals(plan.hash())) {
            return builds;
        }
        for (SweepRun run : plan.runs()) {
            Path runDir = dir.resolve(SweepRunner.RUNS).resolve(run.id());
            if (SweepRunner.isComplete(runDir)) {
                builds.merge(of(RunSummary.read(runDir.resolve(RunWriter.SUMMARY))), 1, Integer::sum);
            }
        }
        return builds;
    }

    /** How many of {@code runs} each build made. */
    public static SortedMap<String, Integer> of(Collection<RunDirectory> runs) {
        SortedMap<String, Integer> builds = new TreeMap<>();
        for (RunDirectory run : runs) {
            builds.merge(of(run.summary()), 1, Integer::sum);
        }
        return builds;
    }

    private static String of(RunSummary summary) {
        Map<String, String> provenance = summary.provenance();
        return new BuildInfo(provenance.getOrDefault("atlas_version", "unknown"),
                provenance.getOrDefault("git_commit", "unknown")).toString();
    }

    /**
     * Refuses to add runs of {@code build} to a comparison whose earlier runs came from other builds.
     *
     * @throws OutputDirectoryException naming the builds and how to redo the comparison
     */
    public static void requireOnly(String build, SortedMap<String, Integer> earlier, Path dir)
            throws OutputDirectoryException {
        SortedMap<String, Integer> others = new TreeMap<>(earlier);
        others.remove(build);
        if (others.isEmpty()) {
            return;
        }
        throw new OutputDirectoryException(dir + " holds runs of another build of atlas (" + made(others) + "); this is "
                + build + ". Pairing runs of different builds would mix the change of build into the differences "
                + "between policies. To redo the comparison with this build, delete " + dir + " or choose a fresh "
                + "--out; to pair them anyway, pass --allow-mixed-builds.");
    }

    /**
     * Refuses to pair sweep runs that several builds made (a sweep resumed by another build).
     *
     * @throws OutputDirectoryException naming the builds
     */
    public static void requireOne(SortedMap<String, Integer> builds, Path sweep) throws OutputDirectoryException {
        if (builds.size() <= 1) {
            return;
        }
        throw new OutputDirectoryException("the compared runs of " + sweep + " come from several builds of atlas ("
                + made(builds) + "). Pairing them would mix the change of build into the differences between points. "
                + "Run the sweep again into a fresh --out with one build, or pass --allow-mixed-builds to pair them anyway.");
    }

    private static String made(SortedMap<String, Integer> builds) {
        return builds.entrySet().stream().map(e -> e.getValue() + " by " + e.getKey()).collect(Collectors.joining(", "));
    }

    /**
     * A note for a resumed comparison made by a build with uncommitted changes, whose earlier runs
     * cannot be told apart from another uncommitted build of the same commit; null otherwise.
     */
    public static String dirtyNote(String build, SortedMap<String, Integer> earlier) {
        if (!build.endsWith(DIRTY + ")") || !earlier.containsKey(build)) {
            return null;
        }
        return "note: " + earlier.get(build) + " earlier runs are reused, made by " + build + ", a build with "
                + "uncommitted changes: if the source changed since, they cannot be told apart from this build's runs; "
                + "delete the directory or use a fresh --out to be sure";
    }
}
