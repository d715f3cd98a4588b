package atlas.sim.scenario;

import java.util.List;
import java.util.Map;

/**
 * A YAML map read strictly: keys outside the declared list are problems (with the closest known
 * key suggested), typed values come through {@link Values} conversions, missing required keys
 * are problems and missing optional ones take their defaults.
 */
public final class Section {

    private final YamlNode node;
    private final Map<String, YamlNode.Field> fields;
    private final ScenarioValidation problems;

    private Section(YamlNode node, Map<String, YamlNode.Field> fields, ScenarioValidation problems) {
        this.node = node;
        this.fields = fields;
        this.problems = problems;
    }

    /**
     * Reads {@code node} as a map with the given keys. An absent section (null) and a YAML null (a
     * key with nothing after it) read as an empty map; anything else that is not a map is a
     * problem. Absent and invalid sections read as empty without reporting their missing keys,
     * which the absence or the invalid value already explains.
     */
    public static Section of(YamlNode node, ScenarioValidation problems, List<String> keys) {
        if (node == null) {
            return new Section(null, Map.of(), problems);
        }
        if (node instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Field field : mapping.fields().values()) {
                if (!keys.contains(field.key())) {
                    problems.add(field.keyLine(), field.value().path(), "unknown key '" + field.key() + "'"
                            + ClosestName.hint(field.key(), keys) + "; valid keys here: " + String.join(", ", keys));
                }
            }
            return new Section(node, mapping.fields(), problems);
        }
        if (!(node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL)) {
            problems.add(node, "expected a map with keys " + String.join(", ", keys) + ", found " + YamlNode.describe(node));
            return new Section(null, Map.of(), problems);
        }
        return new Section(node, Map.of(), problems);
    }

    /** The value under {@code key}, or null if absent. */
    public YamlNode get(String key) {
        YamlNode.Field field = fields.get(key);
        return field == null ? null : field.value();
    }

    /** The converted value, {@code fallback} if the key is absent, null if it is invalid. */
    public <T> T optional(String key, Values.Conversion<T> conversion, T fallback) {
        YamlNode value = get(key);
        return value == null ? fallback : conversion.convert(value, problems);
    }

    /** The converted value, or null (with a problem) if the key is absent or invalid. */
    public <T> T required(String key, Values.Conversion<T> conversion, String what) {
        YamlNode value = require(key, what);
        return value == null ? null : conversion.convert(value, problems);
    }

    /** The value under {@code key}, or null with a "missing key" problem naming what it is for. */
    public YamlNode require(String key, String what) {
        YamlNode value = get(key);
        if (value == null && node != null) {
            problems.add(node.line(), node.path(), "missing key '" + key + "': " + what);
        }
        return value;
    }

    /** The map itself, for problems about the whole section; null if it was not a map. */
    public YamlNode node() {
        return node;
    }

    /** The one field of a map that must hold exactly one of {@code options}; null with a problem otherwise. */
    public static YamlNode.Field oneOf(YamlNode node, ScenarioValidation problems, List<String> options,
            String expected) {
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.fields().isEmpty()) {
            problems.add(node, "expected " + expected + ", found " + YamlNode.describe(node));
            return null;
        }
        Section.of(node, problems, options);
        List<YamlNode.Field> known = mapping.fields().values().stream().filter(f -> options.contains(f.key())).toList();
        if (known.size() > 1) {
            problems.add(node, "give only one of " + String.join(", ", options) + "; found "
                    + String.join(", ", known.stream().map(YamlNode.Field::key).toList()));
        }
        return known.size() == 1 && mapping.fields().size() == 1 ? known.get(0) : null;
    }
}
