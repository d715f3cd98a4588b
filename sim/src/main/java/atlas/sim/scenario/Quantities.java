package atlas.sim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Parses and formats quantities written with their unit, so nobody mixes bits and bytes or
 * seconds and minutes: sizes ("256 KiB"), transfer rates ("1 Mbit/s"), durations ("30 min"),
 * event rates ("10 /min") and token amounts: TRX ("1.5 TRX", "1000 sun"), a TRX price per byte
 * ("1000 sun/B") and BTT ("0.5 BTT"). Internal units are bytes, bytes per second, microseconds,
 * events per second, sun (10^-6 TRX, java-tron's unit) and BTT base units (10^-precision BTT, the
 * TRC-10 asset's smallest unit). A bare number is rejected with a message naming the valid units.
 *
 * <p>Parsing multiplies in exact decimal arithmetic and rounds once, so "1 Mbit/s" is exactly
 * 125000 bytes per second. Formatting picks, among the units whose text parses back to exactly
 * the same value, the one with the shortest number, so {@code parse(format(x)) == x} always holds.
 */
public final class Quantities {

    /** One unit: a quantity q in this unit is {@code q * times / per} base units. */
    private record Unit(String symbol, BigDecimal times, BigDecimal per) {
        static Unit of(String symbol, String times) {
            return new Unit(symbol, new BigDecimal(times), BigDecimal.ONE);
        }

        BigDecimal toBase(BigDecimal quantity) {
            BigDecimal scaled = quantity.multiply(times);
            return per.equals(BigDecimal.ONE) ? scaled : scaled.divide(per, MathContext.DECIMAL128);
        }
    }

    /**
     * A kind of quantity: its name for messages, an example, the unit that zero is written in, and
     * its units, in the order listed in messages, which also breaks ties when formatting.
     */
    private record Kind(String name, String example, String zero, List<Unit> units) {
        String unitList() {
            return units.stream().map(Unit::symbol).collect(Collectors.joining(", "));
        }
    }

    private static final Kind SIZE = new Kind("size", "256 KiB", "B", List.of(
            Unit.of("B", "1"), Unit.of("KiB", "1024"), Unit.of("MiB", "1048576"), Unit.of("GiB", "1073741824"),
            Unit.of("TiB", "1099511627776"), Unit.of("kB", "1000"), Unit.of("MB", "1000000"),
            Unit.of("GB", "1000000000")));

    // Bit rates first: on a tie, link speeds read best in bits per second.
    private static final Kind RATE = new Kind("rate", "1 Mbit/s", "bit/s", List.of(
            Unit.of("bit/s", "0.125"), Unit.of("kbit/s", "125"), Unit.of("Mbit/s", "125000"),
            Unit.of("Gbit/s", "125000000"), Unit.of("B/s", "1"), Unit.of("KiB/s", "1024"),
            Unit.of("MiB/s", "1048576"), Unit.of("kB/s", "1000"), Unit.of("MB/s", "1000000")));

    private static final Kind DURATION = new Kind("duration", "30 min", "s", List.of(
            Unit.of("us", "1"), Unit.of("ms", "1000"), Unit.of("s", "1000000"), Unit.of("min", "60000000"),
            Unit.of("h", "3600000000"), Unit.of("d", "86400000000")));

    private static final Kind EVENT_RATE = new Kind("event rate", "10 /min", "/h", List.of(
            new Unit("/s", BigDecimal.ONE, BigDecimal.ONE),
            new Unit("/min", BigDecimal.ONE, new BigDecimal(60)),
            new Unit("/h", BigDecimal.ONE, new BigDecimal(3600)),
            new Unit("/d", BigDecimal.ONE, new BigDecimal(86400))));

    private static final Kind TRX = new Kind("TRX amount", "1 TRX", "TRX", List.of(
            Unit.of("TRX", "1000000"), Unit.of("sun", "1")));

    private static final Kind TRX_PER_BYTE = new Kind("TRX price per byte", "1000 sun/B", "TRX/B", List.of(
            Unit.of("TRX/B", "1000000"), Unit.of("sun/B", "1")));

    /** Largest TRC-10 precision: java-tron refuses to issue an asset with more decimal places. */
    public static final int MAX_BTT_PRECISION = 6;

    /** BTT at each precision: one BTT is 10^precision base units. */
    private static final List<Kind> BTT = IntStream.rangeClosed(0, MAX_BTT_PRECISION)
            .mapToObj(p -> new Kind("BTT amount", "10 BTT", "BTT", List.of(
                    new Unit("BTT", BigDecimal.TEN.pow(p), BigDecimal.ONE))))
            .toList();

    /**
     * A BTT price per MiB of payload at precision 6, the precision prices are quoted in
     * ({@code atlas.protocols.bid}): whole base units per MiB.
     */
    private static final Kind BTT_PER_MIB = new Kind("BTT price per MiB", "1 BTT/MiB", "BTT/MiB", List.of(
            Unit.of("BTT/MiB", "1000000")));

    /** Money, for the token's price and the peers' values and costs: plain US dollars. */
    private static final Kind USD = new Kind("USD amount", "0.00012 USD", "USD", List.of(Unit.of("USD", "1")));

    /** A value or cost of time: USD per hour. */
    private static final Kind USD_PER_TIME = new Kind("USD amount per time", "5 USD/h", "USD/h", List.of(
            Unit.of("USD/h", "1"), new Unit("USD/d", BigDecimal.ONE, new BigDecimal(24)),
            new Unit("USD/min", new BigDecimal(60), BigDecimal.ONE)));

    /** A cost of data: USD per GiB. */
    private static final Kind USD_PER_DATA = new Kind("USD amount per data", "0.01 USD/GiB", "USD/GiB", List.of(
            Unit.of("USD/GiB", "1"), new Unit("USD/TiB", BigDecimal.ONE, new BigDecimal(1024)),
            new Unit("USD/MiB", new BigDecimal(1024), BigDecimal.ONE)));

    /**
     * Common spellings that are not units here, with the unit meant, for "did you mean" hints:
     * edit distance alone would suggest 'MB/s' (bytes) for 'Mbps' (bits).
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("bps", "bit/s"), Map.entry("kbps", "kbit/s"), Map.entry("Kbps", "kbit/s"),
            Map.entry("Mbps", "Mbit/s"), Map.entry("Gbps", "Gbit/s"), Map.entry("MBps", "MB/s"),
            Map.entry("KB", "kB"), Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"),
            Map.entry("seconds", "s"), Map.entry("mins", "min"), Map.entry("minute", "min"),
            Map.entry("minutes", "min"), Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("day", "d"),
            Map.entry("days", "d"), Map.entry("µs", "us"), Map.entry("trx", "TRX"), Map.entry("btt", "BTT"),
            Map.entry("SUN", "sun"), Map.entry("usd", "USD"), Map.entry("$", "USD"), Map.entry("USD/hour", "USD/h"),
            Map.entry("usd/h", "USD/h"), Map.entry("USD/GB", "USD/GiB"), Map.entry("usd/GiB", "USD/GiB"), Map.entry("sun/byte", "sun/B"), Map.entry("TRX/byte", "TRX/B"));

    private static final Pattern QUANTITY = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)");

    private Quantities() {
    }

    /** Bytes, from text such as "256 KiB" or "100 MB"; whole bytes only. */
    public static long parseSize(String text) {
        return whole(toBase(text, SIZE), text, "bytes");
    }

    /** Bytes per second, from text such as "1 Mbit/s" or "512 KiB/s". */
    public static double parseRate(String text) {
        return toBase(text, RATE).doubleValue();
    }

    /** Microseconds, from text such as "30 min" or "1.5 h"; whole microseconds only. */
    public static long parseDuration(String text) {
        return whole(toBase(text, DURATION), text, "microseconds");
    }

    /** Events per second, from text such as "10 /min" or "0.5 /s". */
    public static double parseEventRate(String text) {
        return toBase(text, EVENT_RATE).doubleValue();
    }

    /** Sun, from text such as "1.5 TRX" or "1000 sun"; whole sun only. */
    public static long parseTrx(String text) {
        return whole(toBase(text, TRX), text, "sun");
    }

    /** Sun per byte, from text such as "1000 sun/B" or "0.001 TRX/B"; whole sun only. */
    public static long parseTrxPerByte(String text) {
        return whole(toBase(text, TRX_PER_BYTE), text, "sun per byte");
    }

    /**
     * BTT base units at {@code precision} decimal places (0 to {@value #MAX_BTT_PRECISION}), from
     * text such as "10 BTT" or "0.5 BTT"; whole base units only, so "0.5 BTT" needs precision 1 or more.
     */
    public static long parseBtt(String text, int precision) {
        return whole(toBase(text, btt(precision)), text, "base units at precision " + precision);
    }

    /**
     * BTT base units (precision 6) per MiB, from text such as "1 BTT/MiB" or "0.001 BTT/MiB";
     * whole base units only.
     */
    public static long parseBttPerMiB(String text) {
        return whole(toBase(text, BTT_PER_MIB), text, "base units (10^-6 BTT) per MiB");
    }

    /** US dollars, from text such as "0.00012 USD". */
    public static double parseUsd(String text) {
        return toBase(text, USD).doubleValue();
    }

    /** US dollars per hour, from text such as "5 USD/h" or "24 USD/d". */
    public static double parseUsdPerHour(String text) {
        return toBase(text, USD_PER_TIME).doubleValue();
    }

    /** US dollars per GiB, from text such as "0.01 USD/GiB". */
    public static double parseUsdPerGiB(String text) {
        return toBase(text, USD_PER_DATA).doubleValue();
    }

    public static String formatUsd(double usd) {
        return formatReal(usd, USD);
    }

    public static String formatUsdPerHour(double usdPerHour) {
        return formatReal(usdPerHour, USD_PER_TIME);
    }

    public static String formatUsdPerGiB(double usdPerGiB) {
        return formatReal(usdPerGiB, USD_PER_DATA);
    }

    public static String formatBttPerMiB(long baseUnitsPerMiB) {
        return formatDecimal(baseUnitsPerMiB, BTT_PER_MIB);
    }

    public static String formatSize(long bytes) {
        return formatWhole(bytes, SIZE);
    }

    public static String formatRate(double bytesPerSecond) {
        return formatReal(bytesPerSecond, RATE);
    }

    public static String formatDuration(long micros) {
        return formatWhole(micros, DURATION);
    }

    public static String formatEventRate(double perSecond) {
        return formatReal(perSecond, EVENT_RATE);
    }

    public static String formatTrx(long sun) {
        return formatDecimal(sun, TRX);
    }

    public static String formatTrxPerByte(long sunPerByte) {
        return formatDecimal(sunPerByte, TRX_PER_BYTE);
    }

    public static String formatBtt(long baseUnits, int precision) {
        return formatDecimal(baseUnits, btt(precision));
    }

    private static Kind btt(int precision) {
        if (precision < 0 || precision > MAX_BTT_PRECISION) {
            throw new IllegalArgumentException("a BTT precision is 0 to " + MAX_BTT_PRECISION + ", not " + precision);
        }
        return BTT.get(precision);
    }

    private static BigDecimal toBase(String text, Kind kind) {
        String trimmed = text == null ? "" : text.trim();
        Matcher matcher = QUANTITY.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a " + kind.name()
                    + ": expected a number and a unit, e.g. '" + kind.example() + "'; units: " + kind.unitList());
        }
        String symbol = matcher.group(2);
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("'" + trimmed + "' needs a unit, e.g. '" + kind.example()
                    + "'; " + kind.name() + " units: " + kind.unitList());
        }
        for (Unit unit : kind.units()) {
            if (unit.symbol().equals(symbol)) {
                return unit.toBase(new BigDecimal(matcher.group(1)));
            }
        }
        List<String> symbols = kind.units().stream().map(Unit::symbol).toList();
        String meant = ALIASES.get(symbol);
        String hint = meant != null && symbols.contains(meant) ? " (did you mean '" + meant + "'?)"
                : ClosestName.hint(symbol, symbols);
        throw new IllegalArgumentException("'" + trimmed + "' has an unknown " + kind.name() + " unit '" + symbol
                + "'" + hint + "; valid units: " + kind.unitList());
    }

    private static long whole(BigDecimal base, String text, String baseName) {
        try {
            return base.longValueExact();
        } catch (ArithmeticException e) {
            boolean fractional = base.stripTrailingZeros().scale() > 0
                    && base.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
            throw new IllegalArgumentException("'" + text.trim() + "' "
                    + (fractional ? "is not a whole number of " + baseName : "is too large"), e);
        }
    }

    private static String formatWhole(long value, Kind kind) {
        if (value == 0) {
            return "0 " + kind.zero();
        }
        String best = null;
        for (Unit unit : kind.units()) {
            BigDecimal[] quotient = BigDecimal.valueOf(value).divideAndRemainder(unit.times());
            if (quotient[1].signum() == 0) {
                best = better(best, quotient[0].toPlainString() + " " + unit.symbol());
            }
        }
        return best;
    }

    /**
     * Like {@link #formatWhole} but also with a fraction of a unit ("1.5 TRX", "0.5 BTT"): every
     * unit of token amounts is a power of ten of the base unit, so each quotient is exact.
     */
    private static String formatDecimal(long value, Kind kind) {
        if (value == 0) {
            return "0 " + kind.zero();
        }
        String best = null;
        for (Unit unit : kind.units()) {
            best = better(best, plain(BigDecimal.valueOf(value).divide(unit.times())) + " " + unit.symbol());
        }
        return best;
    }

    private static String formatReal(double value, Kind kind) {
        if (value == 0) {
            return "0 " + kind.zero();
        }
        String best = null;
        for (Unit unit : kind.units()) {
            double quantity = value * unit.per().doubleValue() / unit.times().doubleValue();
            String number = shortestExact(quantity, value, unit);
            if (number != null) {
                best = better(best, number + " " + unit.symbol());
            }
        }
        if (best == null) {
            // Every double has a decimal text that parses back exactly in the base unit.
            Unit base = kind.units().stream().filter(u -> u.times().equals(BigDecimal.ONE)).findFirst().orElseThrow();
            best = plain(new BigDecimal(Double.toString(value))) + " " + base.symbol();
        }
        return best;
    }

    /**
     * The more readable of two exact texts: fewer significant digits ("0.1 /h" over "2.4 /d"),
     * then a number of at least 1 ("500 kbit/s" over "0.5 Mbit/s"), then a shorter number ("10 /min"
     * over "600 /h"); on a tie the
     * incumbent, which comes earlier in the unit preference order.
     */
    private static String better(String incumbent, String candidate) {
        if (incumbent == null) {
            return candidate;
        }
        BigDecimal a = new BigDecimal(incumbent.substring(0, incumbent.indexOf(' ')));
        BigDecimal b = new BigDecimal(candidate.substring(0, candidate.indexOf(' ')));
        int digits = Integer.compare(b.stripTrailingZeros().precision(), a.stripTrailingZeros().precision());
        if (digits != 0) {
            return digits < 0 ? candidate : incumbent;
        }
        boolean aBelowOne = a.abs().compareTo(BigDecimal.ONE) < 0;
        boolean bBelowOne = b.abs().compareTo(BigDecimal.ONE) < 0;
        if (aBelowOne != bBelowOne) {
            return aBelowOne ? candidate : incumbent;
        }
        return candidate.indexOf(' ') < incumbent.indexOf(' ') ? candidate : incumbent;
    }

    /** The shortest decimal text for {@code quantity} that parses back to exactly {@code value}. */
    private static String shortestExact(double quantity, double value, Unit unit) {
        if (!Double.isFinite(quantity)) {
            return null;
        }
        BigDecimal exact = new BigDecimal(quantity);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            // Parsing the text repeats exactly this arithmetic on the same decimal number.
            if (unit.toBase(rounded).doubleValue() == value) {
                return plain(rounded);
            }
        }
        return null;
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
