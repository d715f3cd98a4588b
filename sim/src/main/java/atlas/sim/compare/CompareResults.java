package atlas.sim.compare;

import atlas.analysis.chart.ComparisonCharts;
import atlas.analysis.chart.Format;
import atlas.analysis.compare.Comparison;
import atlas.analysis.compare.ComparisonCsv;
import atlas.analysis.report.ComparisonReport;
import atlas.analysis.results.AtomicFile;
import atlas.analysis.results.ResultKind;
import atlas.analysis.results.RunDirectory;
import atlas.analysis.results.RunSummary;
import atlas.sim.output.OutputDirectoryException;
import atlas.sim.output.RunWriter;
import atlas.sim.sweep.RunIds;
import atlas.sim.sweep.SweepManifest;
import atlas.sim.sweep.SweepPoint;
import atlas.sim.sweep.SweepRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A finished comparison read back from its directory: the runs of each policy in replicate order,
 * and each policy after the first compared with the first, pair by pair. Everything is computed
 * from the run directories, so charts and reports can be redrawn without running anything.
 *
 * @param runsByPolicy each policy's runs, baseline first, replicate r at index r
 * @param comparisons each later policy against the baseline, p-values Holm-adjusted over all of them
 */
public record CompareResults(Map<String, List<RunDirectory>> runsByPolicy, List<Comparison> comparisons) {

    /** The table of every metric's paired statistics, beside the sweep's own tables. */
    public static final String TABLE = ResultKind.COMPARISON_TABLE;
    public static final String CHARTS = RunWriter.CHARTS;
    public static final String REPORT = RunWriter.REPORT;

    /**
     * What a comparison of sweep points holds instead of runs: the sweep's directory, relative to
     * the comparison's, and the points compared, so that {@code atlas chart} and {@code report}
     * redraw it from the sweep's runs.
     */
    public static final String POINTS = "compared-points.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a comparison of sweep points may replace when it is written again into its directory. */
    private static final Set<String> POINTS_OUTPUT = Set.of(POINTS, TABLE, CHARTS, REPORT);

    /** Reads the comparison in {@code dir} (of scenarios or of sweep points); every run must be there. */
    public static CompareResults read(Path dir) throws IOException {
        Path points = dir.resolve(POINTS);
        if (Files.isRegularFile(points)) {
            JsonNode json = JSON.readTree(points.toFile());
            List<String> ids = new ArrayList<>();
            json.get("points").forEach(id -> ids.add(id.asText()));
            return ofSweepPoints(dir.resolve(json.get("sweep").asText()).normalize(), ids);
        }
        SweepManifest manifest = SweepManifest.read(dir);
        if (manifest == null || !manifest.parameters().equals(List.of(ComparePlan.PARAMETER))) {
            throw new OutputDirectoryException(dir + " holds no comparison (no " + SweepManifest.FILE
                    + " with the parameter " + ComparePlan.PARAMETER + ")");
        }
        Map<String, List<RunDirectory>> runs = new LinkedHashMap<>();
        for (SweepPoint point : manifest.points()) {
            runs.put(point.values().get(0), replicates(dir, manifest, point, "comparison by running it again"));
        }
        return of(runs);
    }

    /**
     * Compares points of the finished sweep in {@code dir}, the first named the baseline, on the
     * runs already there: replicate r of every point ran on the same seed, so they pair as a
     * comparison's do. A point is named by its id ({@code p0003}) or index ({@code 3}); each
     * policy is named by its id and the parameters that differ among the points compared.
     */
    public static CompareResults ofSweepPoints(Path dir, List<String> pointNames) throws IOException {
        SweepManifest manifest = SweepManifest.read(dir);
        if (manifest == null) {
            throw new OutputDirectoryException(dir + " holds no sweep (no " + SweepManifest.FILE + ")");
        }
        List<SweepPoint> points = new ArrayList<>();
        for (String name : pointNames) {
            SweepPoint point = point(manifest, name, dir);
            if (points.contains(point)) {
                throw new OutputDirectoryException("point " + point.id() + " is named twice: compare different points");
            }
            points.add(point);
        }
        Map<String, List<RunDirectory>> runs = new LinkedHashMap<>();
        for (SweepPoint point : points) {
            runs.put(label(manifest.parameters(), point, points), replicates(dir, manifest, point,
                    "sweep (a sweep merged from shards keeps its runs in the shards' runs/ folders: gather them "
                    + "into " + dir.resolve(SweepRunner.RUNS) + ")"));
        }
        return of(runs);
    }

    private static SweepPoint point(SweepManifest manifest, String name, Path dir) throws OutputDirectoryException {
        List<SweepPoint> points = manifest.points();
        for (SweepPoint point : points) {
            if (point.id().equals(name)) {
                return point;
            }
        }
        if (name.matches("\\d{1,9}") && Integer.parseInt(name) < points.size()) {
            return points.get(Integer.parseInt(name));
        }
        throw new OutputDirectoryException(dir + " has no point " + name + ": its points are " + points.get(0).id()
                + " to " + points.get(points.size() - 1).id() + " (or their indexes, 0 to " + (points.size() - 1)
                + "), listed with their parameters in points.csv");
    }

    /** The point id a policy of {@link #ofSweepPoints} is named after. */
    public static String pointId(String policy) {
        return policy.split(" ", 2)[0];
    }

    /** The point's id and, in parameter order, the parameters whose values differ among {@code compared}. */
    private static String label(List<String> parameters, SweepPoint point, List<SweepPoint> compared) {
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            int parameter = i;
            if (compared.stream().map(p -> p.values().get(parameter)).distinct().count() > 1) {
                differing.add(parameters.get(i) + "=" + point.values().get(i));
            }
        }
        return point.id() + " (" + String.join(", ", differing) + ")";
    }

    private static List<RunDirectory> replicates(Path dir, SweepManifest manifest, SweepPoint point, String kind)
            throws OutputDirectoryException {
        List<RunDirectory> replicates = new ArrayList<>();
        for (int r = 0; r < manifest.replicates(); r++) {
            Path run = dir.resolve(SweepRunner.RUNS).resolve(RunIds.run(point.id(), r, manifest.replicates()));
            if (!SweepRunner.isComplete(run)) {
                throw new OutputDirectoryException(run + " is missing: finish the " + kind);
            }
            replicates.add(RunDirectory.read(run));
        }
        return replicates;
    }

    private static CompareResults of(Map<String, List<RunDirectory>> runs) {
        List<String> policies = List.copyOf(runs.keySet());
        Map<String, List<RunSummary>> candidates = new LinkedHashMap<>();
        for (String candidate : policies.subList(1, policies.size())) {
            candidates.put(candidate, summaries(runs.get(candidate)));
        }
        return new CompareResults(runs, Comparison.family(policies.get(0), summaries(runs.get(policies.get(0))),
                candidates));
    }

    /**
     * Refuses a directory for a comparison of sweep points unless it is new, empty, or holds an
     * earlier one: a sweep's, a comparison's or anyone's other files are not to be overwritten.
     */
    public static void checkPointsTarget(Path dir) throws OutputDirectoryException {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new OutputDirectoryException(dir + " exists and is not a directory");
            }
            return;
        }
        List<String> names = RunWriter.entryNames(dir);
        List<String> other = names.stream().filter(name -> !POINTS_OUTPUT.contains(name)).toList();
        if (!names.isEmpty() && (!names.contains(POINTS) || !other.isEmpty())) {
            throw new OutputDirectoryException(dir + " holds " + String.join(", ", other.isEmpty() ? names : other)
                    + ", not an earlier comparison of sweep points; refusing to write into it: choose another --out");
        }
    }

    /** Writes a comparison of the points {@code ids} of {@code sweep} into {@code dir}, with its {@value #POINTS}. */
    public void writeSweepPoints(Path sweep, List<String> ids, Path dir, Set<Format> formats) throws IOException {
        Files.createDirectories(dir);
        ObjectNode json = JSON.createObjectNode();
        json.put("sweep", dir.toAbsolutePath().normalize().relativize(sweep.toAbsolutePath().normalize()).toString());
        ids.forEach(json.putArray("points")::add);
        AtomicFile.writeString(dir.resolve(POINTS), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        write(dir, formats);
    }

    /** Writes {@value #TABLE}, the charts in {@code formats} under {@value #CHARTS}, and {@value #REPORT}. */
    public void write(Path dir, Set<Format> formats) {
        ComparisonCsv.write(comparisons, dir.resolve(TABLE));
        writeCharts(dir.resolve(CHARTS), formats);
        writeReport(dir.resolve(REPORT));
    }

    public List<Path> writeCharts(Path outDir, Set<Format> formats) {
        return ComparisonCharts.write(comparisons, runsByPolicy, outDir, formats);
    }

    public void writeReport(Path htmlFile) {
        ComparisonReport.write(comparisons, runsByPolicy, htmlFile);
    }

    private static List<RunSummary> summaries(List<RunDirectory> runs) {
        return runs.stream().map(RunDirectory::summary).toList();
    }
}
