package atlas.sim.sweep;

import atlas.analysis.results.AtomicFile;
import atlas.sim.output.OutputDirectoryException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sweep.json}, which marks a directory as a sweep's and says which: the sweep's name and
 * hash, its parameters and points, and its replicates, from which every run id follows. Tables
 * and merges need nothing else besides the run directories, so they never need the sweep file.
 *
 * @param hash {@link SweepPlan#hash()}
 */
public record SweepManifest(String name, String hash, List<String> parameters, List<SweepPoint> points, int replicates) {

    public static final String FILE = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public SweepManifest {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
    }

    public static SweepManifest of(SweepPlan plan) {
        return new SweepManifest(plan.name(), plan.hash(), plan.parameters(), plan.points(), plan.replicates());
    }

    /** Every run id, in order. */
    public List<String> runIds() {
        List<String> ids = new ArrayList<>();
        for (SweepPoint point : points) {
            for (int r = 0; r < replicates; r++) {
                ids.add(RunIds.run(point.id(), r, replicates));
            }
        }
        return ids;
    }

    /** Writes {@code dir/sweep.json}, atomically. */
    public void write(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("sweep", name);
        root.put("sweep_hash", hash);
        root.put("replicates", replicates);
        ArrayNode names = root.putArray("parameters");
        parameters.forEach(names::add);
        ArrayNode list = root.putArray("points");
        for (SweepPoint point : points) {
            ObjectNode p = list.addObject();
            p.put("id", point.id());
            ArrayNode values = p.putArray("values");
            point.values().forEach(values::add);
        }
        Files.createDirectories(dir);
        AtomicFile.writeString(dir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** The manifest of a sweep directory, or null if the directory has none. */
    public static SweepManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new OutputDirectoryException(file + " is not a sweep manifest: " + e.getMessage());
        }
        if (root == null || !root.path("sweep_hash").isTextual() || !root.path("points").isArray()) {
            throw new OutputDirectoryException(file + " is not a sweep manifest (no sweep_hash or points)");
        }
        List<String> parameters = new ArrayList<>();
        root.path("parameters").forEach(p -> parameters.add(p.asText()));
        List<SweepPoint> points = new ArrayList<>();
        for (JsonNode p : root.path("points")) {
            List<String> values = new ArrayList<>();
            p.path("values").forEach(v -> values.add(v.asText()));
            points.add(new SweepPoint(p.path("id").asText(), values));
        }
        return new SweepManifest(root.path("sweep").asText(), root.path("sweep_hash").asText(), parameters, points,
                root.path("replicates").asInt());
    }
}
