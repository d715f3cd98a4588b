package atlas.sim.sweep;

import atlas.analysis.results.AtomicFile;
import atlas.analysis.stats.GroupSummary;
import atlas.sim.output.BuildInfo;
import atlas.sim.output.CsvTable;
import atlas.sim.output.Decimals;
import atlas.sim.output.RunWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sweep's tables, tidy so that pandas or R read each in one call:
 * <ul>
 * <li>{@code runs.csv}: one row per run, sorted by run id: {@code run,point,replicate,seed} (the
 * point's and the replicate's numbers from 0: run {@code p0003-r02} is point 3, replicate 2), the
 * parameters (one column each, named by key path), then the summary metrics flattened
 * ({@code download_time_s.mean}); an empty cell where a metric is null.</li>
 * <li>{@code points.csv}: one row per point and metric: {@code point} (its number), the parameters,
 * {@code metric,n,mean,sd,ci_low,ci_high} as {@link GroupSummary} computes them: n the runs where
 * the metric is defined, sd the sample standard deviation and the 95 % Student-t interval of the
 * mean; sd and the interval are empty when n &lt; 2.</li>
 * </ul>
 * Metric cells are copied as text from each run's {@code summary.json}, so the tables depend
 * only on the run directories; metric columns follow the metrics' order in the summaries, each
 * map-valued metric expanded to the keys any run gives it.
 */
public final class SweepTables {

    // Exact decimals: a cell is the summary's text, whatever the double would print as.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private SweepTables() {
    }

    /** One run's cells: its seed and each flattened metric's text (null where the metric is), and its build. */
    private record Summary(String seed, Map<String, String> metrics, String build) {
    }

    /**
     * Writes {@code runs.csv} and {@code points.csv} ({@code suffix} inserted before ".csv") into
     * {@code dir}, from the runs in {@code runDirs} (run id to directory). Returns the builds
     * ("version (commit)") the runs were made by, in order: more than one means a resumed or
     * merged sweep mixes simulator versions, which the caller should say.
     */
    public static SortedSet<String> write(SweepManifest manifest, SortedMap<String, Path> runDirs, Path dir,
            String suffix) throws IOException {
        Map<String, Summary> summaries = new LinkedHashMap<>();
        Map<String, Set<String>> shape = new LinkedHashMap<>();
        for (Map.Entry<String, Path> run : runDirs.entrySet()) {
            Summary summary = read(run.getValue().resolve(RunWriter.SUMMARY), shape);
            summaries.put(run.getKey(), summary);
        }
        List<String> metrics = new ArrayList<>();
        shape.forEach((name, keys) -> {
            if (keys.isEmpty()) {
                metrics.add(name);
            } else {
                keys.forEach(key -> metrics.add(name + "." + key));
            }
        });
        Map<String, Integer> pointIndex = new HashMap<>();
        for (SweepPoint point : manifest.points()) {
            pointIndex.put(point.id(), pointIndex.size());
        }

        StringBuilder runs = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        header.addAll(manifest.parameters());
        header.addAll(metrics);
        runs.append(CsvTable.line(header));
        Map<String, List<Summary>> byPoint = new LinkedHashMap<>();
        for (Map.Entry<String, Summary> entry : summaries.entrySet()) {
            String id = entry.getKey();
            int split = id.lastIndexOf("-r");
            int index = pointIndex.get(id.substring(0, split));
            SweepPoint point = manifest.points().get(index);
            List<String> row = new ArrayList<>(List.of(id, Integer.toString(index),
                    Integer.toString(Integer.parseInt(id.substring(split + 2))), entry.getValue().seed()));
            row.addAll(point.values());
            for (String metric : metrics) {
                String cell = entry.getValue().metrics().get(metric);
                row.add(cell == null ? "" : cell);
            }
            runs.append(CsvTable.line(row));
            byPoint.computeIfAbsent(point.id(), k -> new ArrayList<>()).add(entry.getValue());
        }

        StringBuilder table = new StringBuilder();
        List<String> pointHeader = new ArrayList<>(List.of("point"));
        pointHeader.addAll(manifest.parameters());
        pointHeader.addAll(List.of("metric", "n", "mean", "sd", "ci_low", "ci_high"));
        table.append(CsvTable.line(pointHeader));
        for (int index = 0; index < manifest.points().size(); index++) {
            SweepPoint point = manifest.points().get(index);
            List<Summary> replicates = byPoint.get(point.id());
            if (replicates == null) {
                continue;
            }
            for (String metric : metrics) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(index)));
                row.addAll(point.values());
                row.add(metric);
                row.addAll(statistics(replicates, metric));
                table.append(CsvTable.line(row));
            }
        }
        AtomicFile.writeString(dir.resolve("runs" + suffix + ".csv"), runs.toString());
        AtomicFile.writeString(dir.resolve("points" + suffix + ".csv"), table.toString());
        SortedSet<String> builds = new TreeSet<>();
        summaries.values().forEach(summary -> builds.add(summary.build()));
        return builds;
    }

    /** n, mean, sd, ci_low, ci_high of one metric over a point's runs; an empty cell where undefined. */
    private static List<String> statistics(List<Summary> runs, String metric) {
        GroupSummary summary = GroupSummary.of(runs.stream().map(s -> s.metrics().get(metric)).filter(Objects::nonNull)
                .mapToDouble(Double::parseDouble).toArray());
        return List.of(Integer.toString(summary.n()), cell(summary.mean()), cell(summary.sd()), cell(summary.ciLow()),
                cell(summary.ciHigh()));
    }

    private static String cell(double statistic) {
        return Double.isNaN(statistic) ? "" : Decimals.format(statistic);
    }

    private static Summary read(Path file, Map<String, Set<String>> shape) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        Map<String, String> cells = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("metrics").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> metric = it.next();
            Set<String> keys = shape.computeIfAbsent(metric.getKey(), k -> new LinkedHashSet<>());
            if (metric.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> sub = metric.getValue().fields(); sub.hasNext();) {
                    Map.Entry<String, JsonNode> field = sub.next();
                    keys.add(field.getKey());
                    cells.put(metric.getKey() + "." + field.getKey(), text(field.getValue()));
                }
            } else {
                cells.put(metric.getKey(), text(metric.getValue()));
            }
        }
        return new Summary(root.path("seed").asText(), cells,
                new BuildInfo(root.path("atlas_version").asText(), root.path("git_commit").asText()).toString());
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
    }
}
