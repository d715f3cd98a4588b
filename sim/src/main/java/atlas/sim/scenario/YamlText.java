package atlas.sim.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders ordered maps, lists and scalars as block-style YAML. Hand-written rather than Jackson's
 * generator so that the text, and hence the scenario hash, cannot change with a library upgrade.
 * Lists of scalars are written in flow style ({@code [10 ms, 400 ms]}); strings are quoted only
 * when a YAML parser would otherwise read them as something else.
 */
final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9 _./+\\-]*[A-Za-z0-9_./+\\-]|[A-Za-z0-9_./]");
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9_]+([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    private YamlText() {
    }

    /** A scalar followed on its line by {@code # comment}. */
    record Commented(Object value, String comment) {
    }

    /** The document for a root map, ending with a newline. */
    static String render(Map<String, ?> root) {
        StringBuilder out = new StringBuilder();
        map(root, 0, out);
        return out.toString();
    }

    private static void map(Map<String, ?> map, int indent, StringBuilder out) {
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            out.append(" ".repeat(indent)).append(entry.getKey()).append(':');
            value(entry.getValue(), indent, out);
        }
    }

    /** Writes a value after "key:" or "-", continuing on indented lines for collections. */
    private static void value(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            @SuppressWarnings("unchecked")
            Map<String, ?> fields = (Map<String, ?>) map;
            map(fields, indent + 2, out);
        } else if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map || item instanceof List)) {
            out.append('\n');
            for (Object item : list) {
                out.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                    // The first key shares the "- " line; the rest align under it.
                    @SuppressWarnings("unchecked")
                    Map<String, ?> fields = (Map<String, ?>) map;
                    StringBuilder nested = new StringBuilder();
                    map(fields, indent + 4, nested);
                    out.append(nested.substring(indent + 4));
                } else {
                    out.append(scalar(item)).append('\n');
                }
            }
        } else if (value instanceof Commented c) {
            out.append(' ').append(scalar(c.value())).append("  # ").append(c.comment()).append('\n');
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String scalar(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder flow = new StringBuilder("[");
            for (Object item : list) {
                flow.append(flow.length() > 1 ? ", " : "").append(scalar(item));
            }
            return flow.append(']').toString();
        }
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof Double d) {
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal exact) {
            return exact.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (PLAIN.matcher(text).matches() && !NUMBER_LIKE.matcher(text).matches()
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
