package atlas.sim.sweep;

import atlas.sim.scenario.PolicyRegistries;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.scenario.ScenarioOverride;
import atlas.sim.scenario.ScenarioProblem;
import atlas.sim.scenario.ScenarioValidation;
import atlas.sim.scenario.Section;
import atlas.sim.scenario.Values;
import atlas.sim.scenario.YamlNode;
import atlas.sim.scenario.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Reads a sweep file strictly, like a scenario (unknown keys, wrong types and bad values are all
 * reported with file, line and key), and resolves it into a {@link SweepPlan}: the design's
 * points, each point's scenario (the base scenario with the point's values written in at their
 * key paths, then validated as if they were written there, see {@link ScenarioOverride}), and
 * the runs with their ids and seeds. {@code scenarios/sweeps/quick.yaml} documents the format.
 */
public final class SweepLoader {

    /** More points than this is a slip (a grid of many long lists), not a plan. */
    static final long MAX_POINTS = 1_000_000;
    /** Commons Math's Sobol direction numbers go up to this many dimensions. */
    private static final int MAX_SOBOL_DIMENSIONS = 1000;
    private static final List<String> KEYS = List.of("name", "base", "design", "replicates", "seed", "parameters");
    private static final Pattern QUANTITY = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(\\S.*)");
    private static final Pattern KEY_PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private final Path file;
    private final ScenarioValidation problems;

    private SweepLoader(Path file) {
        this.file = file;
        this.problems = new ScenarioValidation(file.toString());
    }

    /** Loads a sweep file; policy names refer to {@link PolicyRegistries#standard()}. */
    public static SweepPlan load(Path file) throws ScenarioException {
        return load(file, PolicyRegistries.standard());
    }

    /** Loads a sweep file and validates the scenario of each of its points. */
    public static SweepPlan load(Path file, PolicyRegistries registries) throws ScenarioException {
        return new SweepLoader(file).read(registries);
    }

    /** Whether a file is a sweep rather than a scenario: a YAML map with the key {@code base}. */
    public static boolean isSweep(Path file) {
        try {
            YamlNode root = YamlTree.parse(Files.readString(file, StandardCharsets.UTF_8), new ScenarioValidation(file.toString()));
            return root instanceof YamlNode.Mapping mapping && mapping.fields().containsKey("base");
        } catch (IOException e) {
            // Unreadable: the scenario loader reports it.
            return false;
        }
    }

    private SweepPlan read(PolicyRegistries registries) throws ScenarioException {
        String text = readFile(file, 0, "");
        problems.throwIfAny();
        YamlNode root = YamlTree.parse(text, problems);
        if (root == null) {
            problems.throwIfAny();
        }
        Section top = Section.of(root, problems, KEYS);
        String defaultName = Values.nameOf(file, "sweep");
        String name = top.optional("name", Values::identifier, defaultName);
        String base = top.required("base", Values::text, "the base scenario, relative to this file, e.g. ../quickstart.yaml");
        Design design = design(top.get("design"));
        Integer replicates = top.optional("replicates", Values.count(1), 1);
        Long seed = top.optional("seed", Values::integer, 1L);
        List<Parameter> parameters = parameters(top.get("parameters"), design);
        Path basePath = base == null ? null : file.resolveSibling(base).normalize();
        String baseText = basePath == null ? null : readFile(basePath, top.get("base").line(), "base");
        List<List<YamlNode>> points = design == null || parameters == null || seed == null ? null
                : points(design, parameters, seed, top.node());
        problems.throwIfAny();

        List<Scenario> scenarios = new ArrayList<>();
        Set<ScenarioProblem> found = new LinkedHashSet<>();
        for (List<YamlNode> point : points) {
            List<ScenarioOverride> overrides = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                overrides.add(new ScenarioOverride(parameters.get(i).path(), point.get(i), file.toString(),
                        parameters.get(i).line()));
            }
            try {
                scenarios.add(ScenarioLoader.parse(baseText, basePath, registries, overrides));
            } catch (ScenarioException e) {
                found.addAll(e.problems());
            }
        }
        if (!found.isEmpty()) {
            List<ScenarioProblem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing((ScenarioProblem p) -> !p.file().equals(file.toString()))
                    .thenComparing(ScenarioProblem::file).thenComparingInt(ScenarioProblem::line));
            throw new ScenarioException(sorted);
        }
        return SweepPlan.of(name, parameters.stream().map(Parameter::path).toList(),
                points.stream().map(values -> values.stream().map(Parameter::text).toList()).toList(),
                scenarios, replicates, seed, text);
    }

    private String readFile(Path path, int line, String key) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add(line, key, "file not found: " + path);
        } catch (IOException e) {
            problems.add(line, key, "cannot read " + path + ": " + e.getMessage());
        }
        return null;
    }

    private Design design(YamlNode node) {
        if (node == null || node instanceof YamlNode.Scalar s && s.text().equals("grid")) {
            return new Design.Grid();
        }
        List<String> keys = List.of(Design.Method.RANDOM.key(), Design.Method.LHS.key(), Design.Method.SOBOL.key());
        if (node instanceof YamlNode.Mapping mapping && mapping.fields().size() == 1) {
            Section.of(node, problems, keys);
            YamlNode.Field field = mapping.fields().values().iterator().next();
            for (Design.Method method : Design.Method.values()) {
                if (method.key().equals(field.key())) {
                    Integer n = Values.count(1).convert(field.value(), problems);
                    return n == null ? null : new Design.Sampled(method, n);
                }
            }
            return null;
        }
        problems.add(node, "expected grid, { random: N }, { lhs: N } or { sobol: N }, found " + YamlNode.describe(node));
        return null;
    }

    private List<Parameter> parameters(YamlNode node, Design design) {
        List<Parameter> parameters = new ArrayList<>();
        if (node == null || node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            return parameters;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node, "expected a map from scenario key paths to values, e.g. { protocol.picker: [rarest-first,"
                    + " random] }, found " + YamlNode.describe(node));
            return null;
        }
        boolean valid = true;
        for (YamlNode.Field field : mapping.fields().values()) {
            Parameter.Domain domain = domain(field, design);
            if (!KEY_PATH.matcher(field.key()).matches()) {
                problems.add(field.keyLine(), field.value().path(), "'" + field.key() + "' is not a scenario key path;"
                        + " write keys and list indices separated by dots, e.g. network.classes.0.upload");
                domain = null;
            }
            for (Parameter other : parameters) {
                if (field.key().startsWith(other.path() + ".")) {
                    problems.add(field.keyLine(), field.value().path(), "'" + field.key() + "' lies inside parameter '"
                            + other.path() + "' (line " + other.line() + "); a value can be set only once");
                    domain = null;
                } else if (other.path().startsWith(field.key() + ".")) {
                    problems.add(field.keyLine(), field.value().path(), "parameter '" + other.path() + "' (line "
                            + other.line() + ") lies inside '" + field.key() + "'; a value can be set only once");
                    domain = null;
                }
            }
            if (domain == null) {
                valid = false;
            } else {
                parameters.add(new Parameter(field.key(), field.keyLine(), domain));
            }
        }
        return valid ? parameters : null;
    }

    private Parameter.Domain domain(YamlNode.Field field, Design design) {
        YamlNode value = field.value();
        if (value instanceof YamlNode.Sequence sequence && !sequence.items().isEmpty()) {
            return new Parameter.Listed(sequence.items());
        }
        if (value instanceof YamlNode.Mapping) {
            return range(value, design);
        }
        problems.add(field.keyLine(), value.path(), "expected a non-empty list of values such as [1 Mbit/s, 5 Mbit/s],"
                + " or a range such as { range: [1 Mbit/s, 10 Mbit/s], steps: 4, scale: log }, found "
                + YamlNode.describe(value));
        return null;
    }

    private Parameter.Range range(YamlNode node, Design design) {
        Section range = Section.of(node, problems, List.of("range", "steps", "scale"));
        YamlNode ends = range.require("range", "the two ends, e.g. [1 Mbit/s, 10 Mbit/s]");
        YamlNode stepsNode = range.get("steps");
        Integer steps = stepsNode == null ? Integer.valueOf(0) : Values.count(1).convert(stepsNode, problems);
        boolean grid = design instanceof Design.Grid;
        if (grid && stepsNode == null) {
            problems.add(node, "a range in a grid needs steps: how many values from the low end to the high end,"
                    + " e.g. steps: 5");
            steps = null;
        } else if (!grid && stepsNode != null) {
            problems.add(stepsNode, "steps has no meaning in a sampled design, which draws its own values from the"
                    + " range; remove it");
            steps = null;
        }
        String scaleText = range.optional("scale", Values::text, "linear");
        Parameter.Scale scale = null;
        if ("linear".equals(scaleText) || "log".equals(scaleText)) {
            scale = scaleText.equals("log") ? Parameter.Scale.LOG : Parameter.Scale.LINEAR;
        } else if (scaleText != null) {
            problems.add(range.get("scale"), "expected linear or log, not '" + scaleText + "'");
        }
        if (!(ends instanceof YamlNode.Sequence pair) || pair.items().size() != 2) {
            if (ends != null) {
                problems.add(ends, "expected the two ends of the range, e.g. [1 Mbit/s, 10 Mbit/s], found "
                        + YamlNode.describe(ends));
            }
            return null;
        }
        String[] low = end(pair.items().get(0));
        String[] high = end(pair.items().get(1));
        if (low == null || high == null || steps == null || scale == null) {
            return null;
        }
        if (!low[1].equals(high[1])) {
            problems.add(ends, "give both ends in the same unit ('" + low[1] + "' and '" + high[1] + "'), e.g. [500 kbit/s,"
                    + " 10000 kbit/s]");
            return null;
        }
        double lo = Double.parseDouble(low[0]);
        double hi = Double.parseDouble(high[0]);
        if (scale == Parameter.Scale.LOG && !(lo > 0 && hi > 0)) {
            problems.add(ends, "a log scale needs ends greater than 0");
            return null;
        }
        boolean whole = low[1].isEmpty() && isInteger(pair.items().get(0)) && isInteger(pair.items().get(1));
        return new Parameter.Range(lo, hi, low[1], whole, steps, scale);
    }

    /** {number, unit} of a range's end, the unit "" for a bare number; null with a problem. */
    private String[] end(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            String text = s.text().replace("_", "");
            if (s.type() == YamlNode.ScalarType.INTEGER || s.type() == YamlNode.ScalarType.FLOAT) {
                return new String[] {text, ""};
            }
            Matcher matcher = QUANTITY.matcher(s.text().trim());
            if (s.type() == YamlNode.ScalarType.STRING && matcher.matches()) {
                return new String[] {matcher.group(1), matcher.group(2).trim()};
            }
        }
        problems.add(node, "expected a number or a quantity such as '1 Mbit/s', found " + YamlNode.describe(node));
        return null;
    }

    private static boolean isInteger(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER;
    }

    /** Each point's values in parameter order; null with a problem. */
    private List<List<YamlNode>> points(Design design, List<Parameter> parameters, long seed, YamlNode top) {
        List<List<YamlNode>> points = new ArrayList<>();
        if (design instanceof Design.Grid) {
            int[] levels = new int[parameters.size()];
            long count = 1;
            for (int i = 0; i < levels.length; i++) {
                levels[i] = parameters.get(i).levels();
                count = Math.min(count * levels[i], MAX_POINTS + 1);
            }
            if (count > MAX_POINTS) {
                problems.add(top, "the grid has more than " + MAX_POINTS + " points; use fewer values or a sampled design");
                return null;
            }
            for (int[] point : Designs.grid(levels)) {
                List<YamlNode> values = new ArrayList<>();
                for (int i = 0; i < point.length; i++) {
                    values.add(parameters.get(i).level(point[i]));
                }
                points.add(values);
            }
            return points;
        }
        Design.Sampled sampled = (Design.Sampled) design;
        int d = parameters.size();
        if (d == 0 || sampled.method() == Design.Method.SOBOL && d > MAX_SOBOL_DIMENSIONS) {
            problems.add(top, "a " + sampled.method().key() + " design needs from 1 to "
                    + (sampled.method() == Design.Method.SOBOL ? MAX_SOBOL_DIMENSIONS : "any number of") + " parameters, not " + d);
            return null;
        }
        // The design's draws get a stream of their own: "design" is no run's id.
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(RunSeeds.derive(seed, "design"));
        double[][] unit = switch (sampled.method()) {
            case RANDOM -> Designs.random(sampled.points(), d, rng);
            case LHS -> Designs.latinHypercube(sampled.points(), d, rng);
            case SOBOL -> Designs.sobol(sampled.points(), d);
        };
        for (double[] u : unit) {
            List<YamlNode> values = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                values.add(parameters.get(i).sample(u[i]));
            }
            points.add(values);
        }
        return points;
    }
}
