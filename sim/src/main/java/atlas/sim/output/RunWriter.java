package atlas.sim.output;

import atlas.sim.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a run's output directory atomically: every file is built in a hidden sibling directory,
 * which is then renamed into place, so that a failure or an interruption never leaves a
 * half-written directory under the requested name. An existing directory is replaced only if it
 * is empty or holds a previous run's output; it is moved aside first and restored if the final
 * rename fails. The hidden sibling never outlives the write, nor an interrupted one for long
 * ({@link StagingDirectory}).
 */
public final class RunWriter {

    public static final String SUMMARY = "summary.json";
    public static final String PEERS = "peers.csv";
    public static final String TIME_SERIES = "timeseries.csv";
    public static final String RESOLVED_SCENARIO = "scenario.resolved.yaml";
    /** Where {@code atlas chart} and {@code atlas report} draw from a run's files, by default in its directory. */
    public static final String CHARTS = "charts";
    public static final String REPORT = "report.html";

    /** Files whose joint presence marks a directory as a run's output, safe to replace. */
    private static final List<String> MARKERS = List.of(SUMMARY, RESOLVED_SCENARIO);
    /** What a run's directory holds: its files, and the charts and report drawn from them, stale once it is rerun. */
    private static final Set<String> REPLACEABLE = Set.of(SUMMARY, PEERS, TIME_SERIES, RESOLVED_SCENARIO, CHARTS,
            REPORT);

    private RunWriter() {
    }

    /**
     * Fails unless {@code dir} can receive a run's output: it does not exist, or is an empty
     * directory, or holds a previous run's output. Called before a run, so that a long run is not
     * wasted on an unusable directory.
     */
    public static void checkTarget(Path dir) throws OutputDirectoryException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new OutputDirectoryException(dir + " exists and is not a directory");
        }
        List<String> names = entryNames(dir);
        if (!names.isEmpty() && !MARKERS.stream().allMatch(name -> Files.isRegularFile(dir.resolve(name)))) {
            throw new OutputDirectoryException(dir + " exists and is not a run's output directory (no "
                    + String.join(" and ", MARKERS) + "); refusing to replace it: remove it or choose another --out");
        }
        List<String> foreign = names.stream().filter(name -> !REPLACEABLE.contains(name)).toList();
        if (!foreign.isEmpty()) {
            throw new OutputDirectoryException(dir + " holds a previous run and also " + String.join(", ", foreign)
                    + ", which atlas did not write; replacing the run would delete them: move them out or choose"
                    + " another --out");
        }
    }

    /** The names of what {@code dir} holds, sorted: for the checks that refuse to overwrite what atlas did not write. */
    public static List<String> entryNames(Path dir) throws OutputDirectoryException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new OutputDirectoryException("cannot read " + dir + ": " + e.getMessage());
        }
    }

    /** Writes the run into {@code dir}, replacing a previous run's output there. */
    public static void write(RunResult run, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        checkTarget(target);
        Files.createDirectories(target.getParent());
        try (StagingDirectory staging = StagingDirectory.create(target)) {
            writeFiles(run, staging.dir(), target);
            install(staging, target);
        }
    }

    /** Writes into {@code dir} the files that will be {@code target}'s. */
    private static void writeFiles(RunResult run, Path dir, Path target) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(SUMMARY), StandardCharsets.UTF_8)) {
            SummaryJson.write(run, BuildInfo.CURRENT, out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(PEERS), StandardCharsets.UTF_8)) {
            if (run.tokens() == null) {
                RunTables.PEERS.write(run.peers(), run.peers().size(), out);
            } else {
                RunTables.PEERS_WITH_TOKENS.write(run, run.peers().size(), out);
            }
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(TIME_SERIES), StandardCharsets.UTF_8)) {
            if (run.tokens() == null) {
                RunTables.TIME_SERIES.write(run.timeSeries(), run.timeSeries().size(), out);
            } else {
                RunTables.TIME_SERIES_WITH_TOKENS.write(run, run.timeSeries().size(), out);
            }
        }
        Files.writeString(dir.resolve(RESOLVED_SCENARIO), ScenarioWriter.toResolvedYaml(run.scenario(), target),
                StandardCharsets.UTF_8);
    }

    /** If the last rename fails, closing the staging directory puts the previous output back. */
    private static void install(StagingDirectory staging, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // A directory cannot be renamed over a non-empty one: move the old one aside first.
            Files.move(target, staging.aside(), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging.dir(), target, StandardCopyOption.ATOMIC_MOVE);
    }
}
