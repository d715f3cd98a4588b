package atlas.sim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ScenarioOverride}s into a parsed scenario tree. Missing maps on the way are
 * created, so that an override may set a key the scenario leaves to its default; whether the key
 * exists at all is left to the loader's strict validation, which then reports an unknown key as
 * it would in the scenario, but located in the overriding file (see
 * {@link ScenarioValidation#relocate}). A path that leads into a plain value or past the end of a
 * list cannot be written and is reported at once.
 */
final class ScenarioOverrides {

    private final ScenarioOverride override;
    private final String[] segments;
    private final ScenarioValidation problems;

    private ScenarioOverrides(ScenarioOverride override, ScenarioValidation problems) {
        this.override = override;
        this.segments = override.parameter().split("\\.", -1);
        this.problems = problems;
    }

    /** The tree with every override written in, in order; {@code root} itself is not changed. */
    static YamlNode apply(YamlNode root, List<ScenarioOverride> overrides, ScenarioValidation problems) {
        YamlNode tree = root;
        for (ScenarioOverride override : overrides) {
            tree = new ScenarioOverrides(override, problems).write(tree, "", 0);
        }
        return tree;
    }

    private YamlNode write(YamlNode node, String path, int depth) {
        if (depth == segments.length) {
            problems.relocate(path, override.file(), override.parameter(), true);
            return rebase(override.value(), path);
        }
        String segment = segments[depth];
        if (segment.isEmpty()) {
            fail("empty key in the path; write keys separated by single dots, e.g. network.classes.0.upload");
            return node;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            int index = index(segment, sequence.items().size(), path);
            if (index < 0) {
                return node;
            }
            List<YamlNode> items = new ArrayList<>(sequence.items());
            items.set(index, write(items.get(index), path + "[" + index + "]", depth + 1));
            return new YamlNode.Sequence(sequence.path(), sequence.line(), List.copyOf(items));
        }
        YamlNode.Mapping mapping;
        if (node instanceof YamlNode.Mapping m) {
            mapping = m;
        } else if (node == null || node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            // The scenario leaves this section to its defaults: the override starts it.
            problems.relocate(path, override.file(), override.parameter(), false);
            mapping = new YamlNode.Mapping(path, override.line(), Map.of());
        } else {
            fail("'" + path + "' is a value (" + YamlNode.describe(node) + ") in the base scenario, not a map or a"
                    + " list, so it has no '" + segment + "'");
            return node;
        }
        String childPath = YamlNode.child(path, segment);
        YamlNode.Field field = mapping.fields().get(segment);
        boolean last = depth == segments.length - 1;
        YamlNode value = write(field == null ? null : field.value(), childPath, depth + 1);
        Map<String, YamlNode.Field> fields = new LinkedHashMap<>(mapping.fields());
        fields.put(segment, new YamlNode.Field(segment, field == null || last ? override.line() : field.keyLine(), value));
        return new YamlNode.Mapping(mapping.path(), mapping.line(), Collections.unmodifiableMap(fields));
    }

    /** The list index a segment names, or -1 with a problem. */
    private int index(String segment, int size, String path) {
        if (segment.matches("\\d{1,9}") && Integer.parseInt(segment) < size) {
            return Integer.parseInt(segment);
        }
        fail("'" + path + "' is a list of " + size + " in the base scenario; after it give an index from 0 to "
                + (size - 1) + ", not '" + segment + "'");
        return -1;
    }

    private void fail(String message) {
        problems.addElsewhere(new ScenarioProblem(override.file(), override.line(), "parameters." + override.parameter(),
                message));
    }

    /** The same value with key paths as if it were written at {@code path} in the scenario. */
    private static YamlNode rebase(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s) {
            return new YamlNode.Scalar(path, s.line(), s.text(), s.type());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                items.add(rebase(item, path + "[" + items.size() + "]"));
            }
            return new YamlNode.Sequence(path, sequence.line(), List.copyOf(items));
        }
        YamlNode.Mapping mapping = (YamlNode.Mapping) node;
        Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
        for (YamlNode.Field field : mapping.fields().values()) {
            fields.put(field.key(), new YamlNode.Field(field.key(), field.keyLine(),
                    rebase(field.value(), YamlNode.child(path, field.key()))));
        }
        return new YamlNode.Mapping(path, mapping.line(), Collections.unmodifiableMap(fields));
    }
}
