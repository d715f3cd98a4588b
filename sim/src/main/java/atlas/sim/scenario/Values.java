package atlas.sim.scenario;

import atlas.protocols.piece.Endgame;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Conversions from YAML values to typed values, each recording a problem (and returning null)
 * when the value is of the wrong type or out of range. Quantities go through {@link Quantities},
 * so a bare number where a unit is needed is reported with the valid units; counts and fractions
 * are bare numbers.
 */
public final class Values {

    /** Converts a node, or records a problem on it and returns null. */
    @FunctionalInterface
    public interface Conversion<T> {
        T convert(YamlNode node, ScenarioValidation problems);
    }

    private Values() {
    }

    /** A scalar's text, non-empty. */
    public static String text(YamlNode node, ScenarioValidation problems) {
        if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL && !s.text().isBlank()) {
            return s.text();
        }
        problems.add(node, "expected text, found " + YamlNode.describe(node));
        return null;
    }

    /** What names may be: letters, digits, '.', '_' and '-', starting with a letter or digit. */
    private static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** An endgame by its name ({@link Endgame#yamlName}). */
    public static Endgame endgame(YamlNode node, ScenarioValidation problems) {
        String text = text(node, problems);
        if (text == null) {
            return null;
        }
        for (Endgame endgame : Endgame.values()) {
            if (endgame.yamlName().equals(text)) {
                return endgame;
            }
        }
        problems.add(node, "unknown endgame '" + text + "': use mainline (fill the pipeline with blocks requested "
                + "elsewhere) or libtorrent (one such block, only when idle)");
        return null;
    }

    /**
     * The name a file gives when it names none itself: its name without {@code .yaml}, made an
     * {@link #identifier} as an explicit name must be ({@code my scen+1.yaml}: {@code my-scen-1}),
     * so that what is written under it loads again; {@code fallback} for a path without a file name.
     */
    public static String nameOf(Path file, String fallback) {
        if (file.getFileName() == null) {
            return fallback;
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return name.matches(IDENTIFIER) ? name : fallback + name;
    }

    /** A name usable in file names and CSV columns: letters, digits, '.', '_' and '-'. */
    public static String identifier(YamlNode node, ScenarioValidation problems) {
        String text = text(node, problems);
        if (text != null && !text.matches(IDENTIFIER)) {
            problems.add(node, "'" + text + "' is not a valid name: use letters, digits, '.', '_' and '-',"
                    + " starting with a letter or digit");
            return null;
        }
        return text;
    }

    /** Any whole number that fits a long (a random seed). */
    public static Long integer(YamlNode node, ScenarioValidation problems) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
            try {
                return Long.parseLong(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                problems.add(node, "'" + s.text() + "' is not a whole number between "
                        + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
                return null;
            }
        }
        problems.add(node, "expected a whole number, found " + YamlNode.describe(node));
        return null;
    }

    /** A YAML boolean, true or false. */
    public static Boolean bool(YamlNode node, ScenarioValidation problems) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        problems.add(node, "expected true or false, found " + YamlNode.describe(node));
        return null;
    }

    /** A count: a whole number of at least {@code min} (bare, without unit). */
    public static Conversion<Integer> count(int min) {
        return (node, problems) -> {
            Long value = integer(node, problems);
            if (value == null) {
                return null;
            }
            if (value < min || value > Integer.MAX_VALUE) {
                problems.add(node, "must be a whole number from " + min + " to " + Integer.MAX_VALUE
                        + ", not " + value);
                return null;
            }
            return value.intValue();
        };
    }

    /** A bare real number in [min, max] ({@code open} excludes min). */
    public static Conversion<Double> real(double min, boolean open, double max) {
        return (node, problems) -> {
            if (!(node instanceof YamlNode.Scalar s)
                    || (s.type() != YamlNode.ScalarType.INTEGER && s.type() != YamlNode.ScalarType.FLOAT)) {
                problems.add(node, "expected a number, found " + YamlNode.describe(node));
                return null;
            }
            double value;
            try {
                value = Double.parseDouble(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(open ? value > min : value >= min) || !(value <= max)) {
                problems.add(node, "must be a number " + (open ? "> " : ">= ") + plain(min)
                        + (max < Double.POSITIVE_INFINITY ? " and <= " + plain(max) : "") + ", not " + s.text());
                return null;
            }
            return value;
        };
    }

    /** A size ("256 KiB") greater than zero. */
    public static Long size(YamlNode node, ScenarioValidation problems) {
        Long bytes = quantity(node, problems, "size", "256 KiB", Quantities::parseSize);
        return positive(bytes, node, problems, "size");
    }

    /** A size ("600 B") of zero or more, for allowances and overheads that may be switched off. */
    public static Long sizeOrZero(YamlNode node, ScenarioValidation problems) {
        Long bytes = quantity(node, problems, "size", "600 B", Quantities::parseSize);
        return notNegative(bytes, node, problems, "size");
    }

    /** A TRX amount ("1 TRX", "100000 sun") of zero or more, in sun. */
    public static Long trx(YamlNode node, ScenarioValidation problems) {
        Long sun = quantity(node, problems, "TRX amount", "1 TRX", Quantities::parseTrx);
        return notNegative(sun, node, problems, "TRX amount");
    }

    /** A TRX price per byte ("1000 sun/B") of zero or more, in sun per byte. */
    public static Long trxPerByte(YamlNode node, ScenarioValidation problems) {
        Long sun = quantity(node, problems, "TRX price per byte", "1000 sun/B", Quantities::parseTrxPerByte);
        return notNegative(sun, node, problems, "price");
    }

    /** A BTT amount ("10 BTT") greater than zero, in base units at {@code precision} decimal places. */
    public static Conversion<Long> btt(int precision) {
        return (node, problems) -> {
            Long units = quantity(node, problems, "BTT amount", "10 BTT", text -> Quantities.parseBtt(text, precision));
            return positive(units, node, problems, "BTT amount");
        };
    }

    /** A BTT amount ("100 BTT") of zero or more, in base units at {@code precision} decimal places. */
    public static Conversion<Long> bttOrZero(int precision) {
        return (node, problems) -> {
            Long units = quantity(node, problems, "BTT amount", "10 BTT", text -> Quantities.parseBtt(text, precision));
            return notNegative(units, node, problems, "BTT amount");
        };
    }

    /** A BTT price per MiB ("1 BTT/MiB") of zero or more, in base units (precision 6) per MiB. */
    public static Long bttPerMiB(YamlNode node, ScenarioValidation problems) {
        Long units = quantity(node, problems, "BTT price per MiB", "1 BTT/MiB", Quantities::parseBttPerMiB);
        return notNegative(units, node, problems, "price");
    }

    /**
     * A bare fraction in [0, 1] read exactly as written, for shares that split a whole number
     * exactly (a double would lose digits of an 18-digit supply).
     */
    public static BigDecimal exactFraction(YamlNode node, ScenarioValidation problems) {
        if (!(node instanceof YamlNode.Scalar s)
                || (s.type() != YamlNode.ScalarType.INTEGER && s.type() != YamlNode.ScalarType.FLOAT)) {
            problems.add(node, "expected a fraction from 0 to 1, found " + YamlNode.describe(node));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(node, "must be a fraction from 0 to 1, not " + s.text());
            return null;
        }
        return value;
    }

    /** A transfer rate ("1 Mbit/s") greater than zero. */
    public static Double rate(YamlNode node, ScenarioValidation problems) {
        Double rate = realQuantity(node, problems, "rate", "1 Mbit/s", Quantities::parseRate);
        return positive(rate, node, problems, "rate");
    }

    /** A token price ("0.00012 USD"), greater than zero. */
    public static Double usd(YamlNode node, ScenarioValidation problems) {
        return positive(realQuantity(node, problems, "USD amount", "0.00012 USD", Quantities::parseUsd), node, problems,
                "price");
    }

    /** A value or cost of time ("5 USD/h"), 0 or more. */
    public static Double usdPerHour(YamlNode node, ScenarioValidation problems) {
        return notNegative(realQuantity(node, problems, "USD amount per time", "5 USD/h", Quantities::parseUsdPerHour),
                node, problems, "amount per time");
    }

    /** A cost of data ("0.01 USD/GiB"), 0 or more. */
    public static Double usdPerGiB(YamlNode node, ScenarioValidation problems) {
        return notNegative(realQuantity(node, problems, "USD amount per data", "0.01 USD/GiB",
                Quantities::parseUsdPerGiB), node, problems, "amount per data");
    }

    /** A duration ("30 min") of at least {@code minMicros}. */
    public static Conversion<Long> duration(long minMicros) {
        return (node, problems) -> {
            Long micros = quantity(node, problems, "duration", "30 min", Quantities::parseDuration);
            if (micros != null && micros < minMicros) {
                problems.add(node, "the duration must be " + (minMicros == 1 ? "greater than 0"
                        : "at least " + Quantities.formatDuration(minMicros)) + ", not " + Quantities.formatDuration(micros));
                return null;
            }
            return micros;
        };
    }

    /** An event rate ("10 /min"), greater than zero unless {@code zeroAllowed}. */
    public static Conversion<Double> eventRate(boolean zeroAllowed) {
        return (node, problems) -> {
            Double rate = realQuantity(node, problems, "event rate", "10 /min", Quantities::parseEventRate);
            if (rate != null && (zeroAllowed ? rate < 0 : rate <= 0)) {
                problems.add(node, "the event rate must be " + (zeroAllowed ? "0 or more" : "greater than 0")
                        + ", e.g. '10 /min', not '" + ((YamlNode.Scalar) node).text() + "'");
                return null;
            }
            return rate;
        };
    }

    private static Long quantity(YamlNode node, ScenarioValidation problems, String kind, String example,
            ToLongFunction<String> parse) {
        String text = quantityText(node, problems, kind, example);
        if (text == null) {
            return null;
        }
        try {
            return parse.applyAsLong(text);
        } catch (IllegalArgumentException e) {
            problems.add(node, e.getMessage());
            return null;
        }
    }

    private static Double realQuantity(YamlNode node, ScenarioValidation problems, String kind, String example,
            ToDoubleFunction<String> parse) {
        String text = quantityText(node, problems, kind, example);
        if (text == null) {
            return null;
        }
        try {
            return parse.applyAsDouble(text);
        } catch (IllegalArgumentException e) {
            problems.add(node, e.getMessage());
            return null;
        }
    }

    /** The text of a scalar quantity; numbers pass through so that the parser names the missing unit. */
    private static String quantityText(YamlNode node, ScenarioValidation problems, String kind, String example) {
        if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL
                && s.type() != YamlNode.ScalarType.BOOLEAN) {
            return s.text();
        }
        problems.add(node, "expected a " + kind + " such as '" + example + "', found " + YamlNode.describe(node));
        return null;
    }

    private static <N extends Number> N positive(N value, YamlNode node, ScenarioValidation problems, String kind) {
        if (value != null && value.doubleValue() <= 0) {
            problems.add(node, "the " + kind + " must be greater than 0, not '" + ((YamlNode.Scalar) node).text() + "'");
            return null;
        }
        return value;
    }

    private static <N extends Number> N notNegative(N value, YamlNode node, ScenarioValidation problems, String kind) {
        if (value != null && value.doubleValue() < 0) {
            problems.add(node, "the " + kind + " must not be negative, not '" + ((YamlNode.Scalar) node).text() + "'");
            return null;
        }
        return value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Exactly two values, low then high, as in {@code [10 ms, 400 ms]}; null with a problem otherwise. */
    public static <T extends Comparable<T>> List<T> pair(YamlNode node, ScenarioValidation problems,
            Conversion<T> conversion, String expected) {
        if (!(node instanceof YamlNode.Sequence sequence) || sequence.items().size() != 2) {
            problems.add(node, "expected a list of two " + expected + ", found " + YamlNode.describe(node)
                    + (node instanceof YamlNode.Sequence s ? " of " + s.items().size() : ""));
            return null;
        }
        T low = conversion.convert(sequence.items().get(0), problems);
        T high = conversion.convert(sequence.items().get(1), problems);
        if (low == null || high == null) {
            return null;
        }
        if (low.compareTo(high) > 0) {
            problems.add(node, "the first value (the minimum) must not exceed the second (the maximum)");
            return null;
        }
        return List.of(low, high);
    }
}
