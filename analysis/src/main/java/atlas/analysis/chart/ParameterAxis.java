package atlas.analysis.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * How a sweep parameter's values are placed on an axis. Values are text as the sweep wrote them:
 * when each is a number with the same unit ({@code 0.5}, {@code 10 BTT/MiB}) they are placed by
 * value, on a log axis when positive and spanning at least two decades (as a log-scaled range
 * usually is); otherwise (policy names, mixed units) they are categories at positions 0, 1, 2, ...
 * in order of first appearance.
 */
final class ParameterAxis {

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    private final String name;
    private final List<String> values;
    /** What a category axis shows for each value: the number alone when the unit is in the label. */
    private final List<String> tickLabels;
    private final double[] positions;
    private final boolean numeric;
    private final String unit;

    private ParameterAxis(String name, List<String> values, List<String> tickLabels, double[] positions, boolean numeric,
            String unit) {
        this.name = name;
        this.values = values;
        this.tickLabels = tickLabels;
        this.positions = positions;
        this.numeric = numeric;
        this.unit = unit;
    }

    /** Places the distinct values of {@code values}. */
    static ParameterAxis of(String name, Collection<String> values) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        double[] numbers = new double[distinct.size()];
        List<String> numberTexts = new ArrayList<>();
        String unit = null;
        boolean numeric = !distinct.isEmpty();
        for (int i = 0; i < distinct.size() && numeric; i++) {
            Matcher m = NUMBER_WITH_UNIT.matcher(distinct.get(i));
            if (!m.matches() || (unit != null && !unit.equals(m.group(2)))) {
                numeric = false;
            } else {
                numbers[i] = Double.parseDouble(m.group(1));
                numberTexts.add(m.group(1));
                unit = m.group(2);
            }
        }
        if (numeric) {
            return new ParameterAxis(name, distinct, numberTexts, numbers, true, unit);
        }
        double[] index = new double[distinct.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return new ParameterAxis(name, distinct, distinct, index, false, "");
    }

    /** The position of a value on the axis. */
    double position(String value) {
        int i = values.indexOf(value);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no value " + value);
        }
        return positions[i];
    }

    /** The distinct values, in first-seen order. */
    List<String> values() {
        return values;
    }

    /** Whether values are placed by number rather than as categories. */
    boolean numeric() {
        return numeric;
    }

    /** The axis label: the parameter's path and, for numbers with a unit, the unit. */
    String label() {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    /** An axis for a line chart: numbers on a linear or log scale, categories by name. */
    ValueAxis lineAxis() {
        if (!numeric) {
            return categoryAxis();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double p : positions) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        if (min > 0 && max / min >= 100) {
            LogAxis log = new LogAxis(label());
            log.setSmallestValue(min);
            // One tick per decade, written as plain numbers (0.1, 1, 10) rather than 10^-1.0.
            log.setTickUnit(new NumberTickUnit(1));
            log.setNumberFormatOverride(new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            return log;
        }
        NumberAxis linear = new NumberAxis(label());
        linear.setAutoRangeIncludesZero(false);
        return linear;
    }

    /** An axis that names each value at positions 0, 1, 2, ...; for heat map cells. */
    SymbolAxis categoryAxis() {
        SymbolAxis axis = new SymbolAxis(label(), tickLabels.toArray(new String[0]));
        axis.setGridBandsVisible(false);
        // Every value gets its tick; automatic tick units would skip some to avoid overlap.
        axis.setTickUnit(new NumberTickUnit(1));
        return axis;
    }

    /** Values sorted by position and placed as categories 0, 1, 2, ...; for heat map rows and columns. */
    ParameterAxis sorted() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(positions[a], positions[b]));
        List<String> sortedValues = new ArrayList<>();
        List<String> sortedLabels = new ArrayList<>();
        double[] index = new double[order.size()];
        for (int i = 0; i < index.length; i++) {
            sortedValues.add(values.get(order.get(i)));
            sortedLabels.add(tickLabels.get(order.get(i)));
            index[i] = i;
        }
        return new ParameterAxis(name, sortedValues, sortedLabels, index, false, unit);
    }
}
