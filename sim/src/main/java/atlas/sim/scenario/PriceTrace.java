package atlas.sim.scenario;

import atlas.sim.economics.PricePath;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A token price path read from a CSV file. The first line is a header naming the columns, in any
 * order: {@code time} (seconds as a bare number, or a duration such as "90 min", as in an
 * {@link ArrivalTrace}) and {@code usd} (the price of one BTT in USD, a number greater than 0). Times
 * must increase strictly; the price is linear between rows and constant before the first and after
 * the last ({@link PricePath}). Blank lines and lines starting with '#' are skipped; fields are plain
 * comma-separated text (no quoting).
 */
public final class PriceTrace {

    static final List<String> COLUMNS = List.of("time", "usd");

    private PriceTrace() {
    }

    /** Reads the file; every problem of the file is reported together, each naming file:line and the column. */
    public static PricePath read(Path file) throws ScenarioException {
        ScenarioValidation problems = new ScenarioValidation(file.toString());
        PricePath path = read(file, null, problems);
        problems.throwIfAny();
        return path;
    }

    /**
     * Reads and validates a trace; null if it is missing or has problems (recorded).
     *
     * @param fileNode the scenario's {@code file} value, where a missing file is reported; may be null
     */
    static PricePath read(Path file, YamlNode fileNode, ScenarioValidation problems) {
        List<String> lines = CsvTrace.lines(file, "price trace", fileNode, problems);
        if (lines == null) {
            return null;
        }
        Reader reader = new Reader(file.toString(), problems);
        boolean valid = reader.read(lines, "the price trace is empty; its first line names the columns: time,usd",
                "the price trace has a header but no prices");
        return valid ? reader.path() : null;
    }

    /** The state of reading one file beyond its columns: the points so far. */
    private static final class Reader extends CsvTrace {
        private long[] times = new long[16];
        private double[] prices = new double[16];
        private int count;
        /** The last valid time, or -1 before the first: every time is 0 or more. */
        private long previousTime = -1;

        Reader(String file, ScenarioValidation problems) {
            super(file, COLUMNS, "the columns are time and usd", problems);
        }

        @Override
        void checkColumns(int line) {
            for (int column = 0; column < COLUMNS.size(); column++) {
                if (!has(column)) {
                    problem(line, "", "the header has no '" + COLUMNS.get(column)
                            + "' column; the columns are time and usd");
                }
            }
        }

        @Override
        void row(String[] cells, int line) {
            long time = time(cell(cells, 0), line);
            double usd = usd(cell(cells, 1), line);
            if (time >= 0 && usd > 0) {
                add(time, usd);
            }
        }

        /** The time in a cell, or -1 with a problem. */
        private long time(String text, int line) {
            if (text.isEmpty()) {
                problem(line, "time", "every row needs a time, in seconds or with a unit such as '90 min'");
                return -1;
            }
            long micros;
            try {
                micros = Quantities.parseDuration(BARE_NUMBER.matcher(text).matches() ? text + " s" : text);
            } catch (IllegalArgumentException e) {
                problem(line, "time", e.getMessage());
                return -1;
            }
            if (micros < 0) {
                problem(line, "time", "the time must be 0 or more, not '" + text + "'");
                return -1;
            }
            if (micros <= previousTime) {
                problem(line, "time", "times must increase: " + Quantities.formatDuration(micros)
                        + (micros == previousTime ? " repeats the previous row's time" : " comes after "
                        + Quantities.formatDuration(previousTime)));
                return -1;
            }
            previousTime = micros;
            return micros;
        }

        /** The price in a cell, or NaN with a problem. */
        private double usd(String text, int line) {
            double usd = BARE_NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
            if (usd > 0 && usd < Double.POSITIVE_INFINITY) {
                return usd;
            }
            problem(line, "usd", text.isEmpty()
                    ? "every row needs a price, the USD value of one BTT such as 0.0012"
                    : "the price must be a number of USD per BTT greater than 0, such as 0.0012, not '" + text + "'");
            return Double.NaN;
        }

        PricePath path() {
            return new PricePath(Arrays.copyOf(times, count), Arrays.copyOf(prices, count));
        }

        private void add(long time, double usd) {
            if (count == times.length) {
                times = Arrays.copyOf(times, 2 * count);
                prices = Arrays.copyOf(prices, 2 * count);
            }
            times[count] = time;
            prices[count] = usd;
            count++;
        }
    }
}
