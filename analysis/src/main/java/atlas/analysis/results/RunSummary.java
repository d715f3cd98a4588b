package atlas.analysis.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A run's {@code summary.json}: the scenario name and seed, the provenance fields (version, git
 * commit, scenario hash, wall time and the like) and the metrics. Nested metric objects flatten to
 * dotted names ({@code download_time_s.p95}, {@code seeder_retention.1h}), the names
 * {@code runs.csv} and {@code points.csv} use. A JSON null (a quantity the run could not define,
 * such as retention after 24 h in a 90 s run) leaves the metric out, so it is never mistaken for 0;
 * its name is kept apart, so that a comparison can say which metrics it could not compare.
 *
 * @param scenario the scenario's name
 * @param seed the run's seed
 * @param provenance every other top-level scalar, as text, in file order
 * @param metrics the defined metrics by flattened name, in file order
 * @param undefined the flattened names of the metrics the run left null, in file order
 */
public record RunSummary(String scenario, long seed, Map<String, String> provenance, Map<String, Double> metrics,
        Set<String> undefined) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public RunSummary {
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        undefined = Collections.unmodifiableSet(new LinkedHashSet<>(undefined));
    }

    /** A summary that leaves no metric undefined. */
    public RunSummary(String scenario, long seed, Map<String, String> provenance, Map<String, Double> metrics) {
        this(scenario, seed, provenance, metrics, Set.of());
    }

    /** Reads a {@code summary.json} file. */
    public static RunSummary read(Path file) {
        try {
            return of(file.toString(), JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses summary JSON text; {@code source} names it in error messages. */
    public static RunSummary parse(String source, String json) {
        try {
            return of(source, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + source, e);
        }
    }

    private static RunSummary of(String source, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ResultFileException(source + ": expected a JSON object");
        }
        JsonNode scenario = root.get("scenario");
        JsonNode seed = root.get("seed");
        if (scenario == null || !scenario.isTextual()) {
            throw new ResultFileException(source + ": key scenario is missing or not text");
        }
        if (seed == null || !seed.canConvertToLong()) {
            throw new ResultFileException(source + ": key seed is missing or not an integer");
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (!key.equals("scenario") && !key.equals("seed") && !key.equals("metrics") && value.isValueNode()
                    && !value.isNull()) {
                provenance.put(key, value.asText());
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        Set<String> undefined = new LinkedHashSet<>();
        JsonNode metricsNode = root.get("metrics");
        if (metricsNode != null) {
            if (!metricsNode.isObject()) {
                throw new ResultFileException(source + ": key metrics is not an object");
            }
            flatten(source, "", metricsNode, metrics, undefined);
        }
        return new RunSummary(scenario.asText(), seed.asLong(), provenance, metrics, undefined);
    }

    private static void flatten(String source, String prefix, JsonNode node, Map<String, Double> out,
            Set<String> undefined) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(source, name + ".", value, out, undefined);
            } else if (value.isNumber()) {
                out.put(name, value.asDouble());
            } else if (value.isBoolean()) {
                out.put(name, value.asBoolean() ? 1.0 : 0.0);
            } else if (value.isNull()) {
                undefined.add(name);
            } else {
                throw new ResultFileException(source + ": metric " + name + " is " + value.getNodeType()
                        + ", expected a number, an object or null");
            }
        }
    }

    /** A metric by flattened name; empty when the run did not define it. */
    public OptionalDouble metric(String name) {
        Double value = metrics.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
