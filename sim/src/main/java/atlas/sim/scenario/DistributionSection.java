package atlas.sim.scenario;

import atlas.sim.economics.ConstantValue;
import atlas.sim.economics.Distribution;
import atlas.sim.economics.LogNormalValue;
import atlas.sim.economics.ParetoValue;
import atlas.sim.economics.TableValue;
import atlas.sim.economics.UniformValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Reads and writes a per-peer {@link Distribution} of a quantity with a unit, as the economics keys
 * write it: a single value ({@code 100 BTT}, every peer the same), or one of
 * {@code { lognormal: { median: 100 BTT, sigma: 1 } }}, {@code { pareto: { alpha: 1.5, minimum: 10 BTT } }},
 * {@code { uniform: [1 USD/h, 20 USD/h] }} and
 * {@code { table: [ { share: 0.9, value: 10 BTT }, { share: 0.1, value: 10000 BTT } ] }}.
 */
final class DistributionSection {

    private static final List<String> KINDS = List.of("lognormal", "pareto", "uniform", "table");
    private static final double SHARE_TOLERANCE = 1e-9;

    private DistributionSection() {
    }

    /**
     * The distribution, null with problems if invalid.
     *
     * @param value reads one value in the quantity's unit, as a double in its internal unit
     * @param example a value with its unit, for messages
     */
    static Distribution read(YamlNode node, ScenarioValidation problems, Values.Conversion<Double> value,
            String example) {
        if (node instanceof YamlNode.Scalar) {
            Double constant = value.convert(node, problems);
            return constant == null ? null : new ConstantValue(constant);
        }
        YamlNode.Field choice = Section.oneOf(node, problems, KINDS, "a value such as '" + example + "' or one of {"
                + " lognormal: { median, sigma } }, { pareto: { alpha, minimum } }, { uniform: [low, high] },"
                + " { table: [ { share, value } ] }");
        if (choice == null) {
            return null;
        }
        try {
            return switch (choice.key()) {
                case "lognormal" -> {
                    Section s = Section.of(choice.value(), problems, List.of("median", "sigma"));
                    Double median = s.required("median", value, "the median, e.g. " + example);
                    Double sigma = s.required("sigma", Values.real(0, false, 20), "the log's standard deviation, e.g. 1");
                    yield median == null || sigma == null ? null : new LogNormalValue(median, sigma);
                }
                case "pareto" -> {
                    Section s = Section.of(choice.value(), problems, List.of("alpha", "minimum"));
                    Double alpha = s.required("alpha", Values.real(1, true, 100),
                            "the tail index, above 1 (at 1 or below the mean is infinite), e.g. 1.5");
                    Double minimum = s.required("minimum", value, "the smallest value, e.g. " + example);
                    yield alpha == null || minimum == null ? null : new ParetoValue(alpha, minimum);
                }
                case "uniform" -> {
                    List<Double> range = Values.pair(choice.value(), problems, value, "values such as [" + example
                            + ", " + example + "]");
                    yield range == null ? null : new UniformValue(range.get(0), range.get(1));
                }
                default -> table(choice.value(), problems, value, example);
            };
        } catch (IllegalArgumentException e) {
            problems.add(choice.value(), e.getMessage());
            return null;
        }
    }

    private static Distribution table(YamlNode node, ScenarioValidation problems, Values.Conversion<Double> value,
            String example) {
        if (!(node instanceof YamlNode.Sequence rows) || rows.items().isEmpty()) {
            problems.add(node, "expected a list of rows such as { share: 0.9, value: " + example + " }, found "
                    + YamlNode.describe(node));
            return null;
        }
        int n = rows.items().size();
        double[] shares = new double[n];
        double[] values = new double[n];
        boolean valid = true;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            Section row = Section.of(rows.items().get(i), problems, List.of("share", "value"));
            Double share = row.required("share", Values.real(0, true, 1), "the fraction of peers, e.g. 0.9");
            Double v = row.required("value", value, "the value, e.g. " + example);
            if (share == null || v == null) {
                valid = false;
                continue;
            }
            shares[i] = share;
            values[i] = v;
            sum += share;
        }
        if (valid && Math.abs(sum - 1) > SHARE_TOLERANCE) {
            problems.add(node, "the rows' shares sum to " + sum + "; they must sum to 1");
            return null;
        }
        return valid ? new TableValue(shares, values) : null;
    }

    /** The YAML form {@link #read} reads back to the same distribution. */
    static Object write(Distribution distribution, DoubleFunction<String> format) {
        if (distribution instanceof ConstantValue c) {
            return format.apply(c.value());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (distribution instanceof LogNormalValue l) {
            body.put("median", format.apply(l.median()));
            body.put("sigma", l.sigma());
            return Map.of("lognormal", body);
        }
        if (distribution instanceof ParetoValue p) {
            body.put("alpha", p.alpha());
            body.put("minimum", format.apply(p.minimum()));
            return Map.of("pareto", body);
        }
        if (distribution instanceof UniformValue u) {
            return Map.of("uniform", List.of(format.apply(u.low()), format.apply(u.high())));
        }
        TableValue t = (TableValue) distribution;
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < t.shares().length; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("share", t.shares()[i]);
            row.put("value", format.apply(t.values()[i]));
            rows.add(row);
        }
        return Map.of("table", rows);
    }
}
