package atlas.sim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a {@link YamlNode} tree with line numbers, using Jackson's
 * streaming YAML parser (whose token locations carry the lines). Syntax errors and duplicate keys
 * become problems instead of exceptions; a syntax error says what SnakeYAML (the parser under
 * Jackson's) found wrong, on its line, and where the construct it broke began. Aliases
 * ({@code *name}) are rejected: Jackson's parser drops the anchors of scalars (2.18), so it cannot
 * resolve them reliably.
 */
public final class YamlTree {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** SnakeYAML's context of a syntax error, "while parsing a flow mapping": group 1 names the construct. */
    private static final Pattern CONTEXT = Pattern.compile("while (?:parsing|scanning) (?:an? )?(.+)");

    private final YAMLParser parser;
    private final ScenarioValidation problems;
    /** Set by an alias: the tree lacks a value, so checking it further would report phantom problems. */
    private boolean incomplete;

    private YamlTree(YAMLParser parser, ScenarioValidation problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * The document's root, or null when the text is not YAML or uses aliases (the problem is
     * recorded). Duplicate keys are recorded too, but the tree (with the first value) is returned.
     */
    public static YamlNode parse(String text, ScenarioValidation problems) {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            YamlTree tree = new YamlTree(parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(1, "", "the file is empty; a scenario is a map of keys such as name, content, network");
                return null;
            }
            YamlNode root = tree.read(first, "", line(parser));
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.add(line(parser), "", "a second YAML document ('---') follows; a scenario file holds one");
            }
            return tree.incomplete ? null : root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark at = marked.getProblemMark();
                problems.add(at.getLine() + 1, "", "YAML syntax error at column " + (at.getColumn() + 1) + ": "
                        + marked.getProblem() + context(marked));
            } else {
                String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                problems.add(line, "", "YAML syntax error: " + message);
            }
            return null;
        } catch (IOException e) {
            // Reading from a String: only a parser bug could get here.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the construct the problem broke began, as "; in the flow mapping started on line 2": for an
     * unclosed bracket or quote that line, not the problem's, is where the slip is. Empty without a
     * context line ("while scanning for the next token" says nothing the problem does not).
     */
    private static String context(MarkedYAMLException marked) {
        if (marked.getContext() == null || marked.getContextMark() == null) {
            return "";
        }
        int line = marked.getContextMark().getLine() + 1;
        Matcher construct = CONTEXT.matcher(marked.getContext());
        return construct.matches() ? "; in the " + construct.group(1) + " started on line " + line
                : "; " + marked.getContext() + " started on line " + line;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private YamlNode read(JsonToken token, String path, int line) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    int keyLine = line(parser);
                    String childPath = YamlNode.child(path, key);
                    YamlNode value = read(parser.nextToken(), childPath, keyLine);
                    if (fields.containsKey(key)) {
                        problems.add(keyLine, childPath, "duplicate key '" + key + "' (first on line "
                                + fields.get(key).keyLine() + "); give each key once");
                    } else {
                        fields.put(key, new YamlNode.Field(key, keyLine, value));
                    }
                }
                return new YamlNode.Mapping(path, line, Collections.unmodifiableMap(fields));
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(read(t, path + "[" + items.size() + "]", line(parser)));
                }
                return new YamlNode.Sequence(path, line, List.copyOf(items));
            }
            default -> {
                if (parser.isCurrentAlias()) {
                    problems.add(line(parser), path, "YAML aliases (*" + parser.getText()
                            + ") are not supported; write the value out");
                    incomplete = true;
                    return new YamlNode.Scalar(path, line(parser), "", YamlNode.ScalarType.NULL);
                }
                return new YamlNode.Scalar(path, line(parser), parser.getText(), scalarType(token));
            }
        }
    }

    private static YamlNode.ScalarType scalarType(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT -> YamlNode.ScalarType.INTEGER;
            case VALUE_NUMBER_FLOAT -> YamlNode.ScalarType.FLOAT;
            case VALUE_TRUE, VALUE_FALSE -> YamlNode.ScalarType.BOOLEAN;
            case VALUE_NULL -> YamlNode.ScalarType.NULL;
            default -> YamlNode.ScalarType.STRING;
        };
    }
}
