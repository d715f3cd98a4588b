package atlas.sim.scenario;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it came from (line and key path such as
 * {@code network.classes[1].upload}), so every problem found later can name both. Jackson's
 * tree model drops locations, hence this small tree of our own.
 */
public sealed interface YamlNode {

    /** Dotted key path from the document root; "" for the root. */
    String path();

    /** 1-based line of the value, or of the key that names a block collection. */
    int line();

    /** How a scalar was resolved by the YAML parser. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    record Scalar(String path, int line, String text, ScalarType type) implements YamlNode {
    }

    record Sequence(String path, int line, List<YamlNode> items) implements YamlNode {
    }

    /** A key with the line it is written on, and its value. */
    record Field(String key, int keyLine, YamlNode value) {
    }

    /** Fields in document order. */
    record Mapping(String path, int line, Map<String, Field> fields) implements YamlNode {
    }

    /** What a user would call this kind of value in an error message. */
    static String describe(YamlNode node) {
        if (node instanceof Mapping) {
            return "a map";
        }
        if (node instanceof Sequence) {
            return "a list";
        }
        Scalar scalar = (Scalar) node;
        return switch (scalar.type()) {
            case NULL -> "nothing";
            case INTEGER, FLOAT -> "the number " + scalar.text();
            case BOOLEAN -> "the boolean " + scalar.text();
            case STRING -> "'" + scalar.text() + "'";
        };
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
