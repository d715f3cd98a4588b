package atlas.sim.sweep;

import atlas.sim.scenario.YamlNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * One parameter of a sweep: the scenario key path it sets and the values it takes, either listed
 * or a numeric range. A range keeps the unit of its ends, so that its values are written back as
 * quantities the scenario loader reads ("3.16228 Mbit/s"); a range of bare whole numbers (a count)
 * gives whole numbers.
 *
 * @param path the scenario key path, such as {@code network.classes.0.upload}
 * @param line the parameter's line in the sweep file
 */
public record Parameter(String path, int line, Domain domain) {

    /** Significant digits of a value computed from a range: enough to tell neighbours apart, short to read. */
    private static final MathContext DIGITS = new MathContext(6);

    /** The values a parameter takes. */
    public sealed interface Domain {
    }

    /** Values given one by one: scalars, lists or maps, each written into the scenario as it is. */
    public record Listed(List<YamlNode> values) implements Domain {
        public Listed {
            values = List.copyOf(values);
        }
    }

    /** Numbers from {@code low} to {@code high} in {@code unit} ("" for a bare number). */
    public enum Scale { LINEAR, LOG }

    /**
     * @param steps the number of grid values, ends included; 0 in sampled designs
     * @param whole whether values are rounded to whole numbers (both ends were bare integers)
     */
    public record Range(double low, double high, String unit, boolean whole, int steps, Scale scale) implements Domain {
    }

    /** How many values a grid takes of this parameter. */
    public int levels() {
        return domain instanceof Listed listed ? listed.values().size() : ((Range) domain).steps();
    }

    /** Value number {@code level} in a grid, as a YAML value on the parameter's line. */
    public YamlNode level(int level) {
        if (domain instanceof Listed listed) {
            return listed.values().get(level);
        }
        Range range = (Range) domain;
        return scalar(range, range.steps() == 1 ? 0 : (double) level / (range.steps() - 1));
    }

    /**
     * The value at {@code u} in [0, 1): a range scaled, or one of the listed values with equal
     * chances. A range of whole numbers gives each of them an equal share of [0, 1) (of the log
     * scale's width on a log scale): rounding the scaled value would give both ends half a share,
     * and a Latin hypercube's strata would no longer be balanced over the numbers.
     */
    public YamlNode sample(double u) {
        if (domain instanceof Listed listed) {
            int k = listed.values().size();
            return listed.values().get(Math.min(k - 1, (int) (u * k)));
        }
        Range range = (Range) domain;
        if (range.whole()) {
            double value = range.scale() == Scale.LOG
                    ? range.low() * Math.exp(u * Math.log((range.high() + 1) / range.low()))
                    : range.low() + u * (range.high() + 1 - range.low());
            return whole(Math.min(range.high(), Math.floor(value)));
        }
        return scalar(range, u);
    }

    private YamlNode scalar(Range range, double t) {
        double value;
        // The ends exactly, whatever rounding the scale's arithmetic does in between.
        if (t == 0) {
            value = range.low();
        } else if (t == 1) {
            value = range.high();
        } else if (range.scale() == Scale.LOG) {
            value = range.low() * Math.exp(t * Math.log(range.high() / range.low()));
        } else {
            value = range.low() + t * (range.high() - range.low());
        }
        if (range.whole()) {
            return whole(Math.round(value));
        }
        String path = "parameters." + this.path;
        BigDecimal rounded = new BigDecimal(value).round(DIGITS);
        String number = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
        return range.unit().isEmpty() ? new YamlNode.Scalar(path, line, number, YamlNode.ScalarType.FLOAT)
                : new YamlNode.Scalar(path, line, number + " " + range.unit(), YamlNode.ScalarType.STRING);
    }

    private YamlNode whole(double value) {
        return new YamlNode.Scalar("parameters." + path, line, Long.toString((long) value), YamlNode.ScalarType.INTEGER);
    }

    /** A value as one line of text for tables: a scalar's text, collections in YAML flow style. */
    public static String text(YamlNode value) {
        if (value instanceof YamlNode.Scalar scalar) {
            return scalar.text();
        }
        StringBuilder text = new StringBuilder();
        if (value instanceof YamlNode.Sequence sequence) {
            text.append('[');
            for (YamlNode item : sequence.items()) {
                text.append(text.length() > 1 ? ", " : "").append(text(item));
            }
            return text.append(']').toString();
        }
        text.append('{');
        for (YamlNode.Field field : ((YamlNode.Mapping) value).fields().values()) {
            text.append(text.length() > 1 ? ", " : "").append(field.key()).append(": ").append(text(field.value()));
        }
        return text.append('}').toString();
    }
}
