package atlas.sim.validation;

import atlas.analysis.results.AtomicFile;
import atlas.sim.output.CsvTable;
import atlas.sim.output.Decimals;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The checks as the terminal table the command prints and as {@code checks.csv}. */
public final class ChecksTable {

    /** The CSV's columns, in order. */
    public static final List<String> COLUMNS = List.of("family", "check", "scenario", "unit", "simulated", "reference",
            "ratio", "tolerance", "verdict");

    private ChecksTable() {
    }

    /** Writes {@code checks.csv} atomically: a header and one row per check. */
    public static void writeCsv(Path file, List<Check> checks) {
        StringBuilder text = new StringBuilder(CsvTable.line(COLUMNS));
        for (Check c : checks) {
            text.append(CsvTable.line(List.of(c.family(), c.name(), c.scenario(), c.unit(), cell(c.simulated()),
                    cell(c.reference()), cell(c.ratio()),
                    c.tolerance().describe(), verdict(c))));
        }
        AtomicFile.writeString(file, text.toString());
    }

    /** One block per check: what was compared, then simulated, reference, ratio, rule and verdict. */
    public static String format(List<Check> checks) {
        StringBuilder out = new StringBuilder();
        for (Check c : checks) {
            out.append(String.format(Locale.ROOT, "%-4s  %-13s %s: %s%n", verdict(c), c.family(), c.scenario(), c.name()));
            out.append(String.format(Locale.ROOT, "      simulated %s %s, reference %s %s, ratio %s (%s)%n",
                    number(c.simulated()), c.unit(), number(c.reference()), c.unit(),
                    Double.isNaN(c.ratio()) ? "-" : number(c.ratio()), c.tolerance().describe()));
        }
        long failed = checks.stream().filter(c -> !c.passed()).count();
        out.append(String.format(Locale.ROOT, "%d checks, %d passed, %d failed%n", checks.size(), checks.size() - failed, failed));
        return out.toString();
    }

    /** A value as a CSV cell; empty when it is not a number (a run that produced none fails its check). */
    private static String cell(double x) {
        return Double.isFinite(x) ? Decimals.format(x) : "";
    }

    static String verdict(Check c) {
        return c.passed() ? "PASS" : "FAIL";
    }

    private static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        return Math.abs(x) >= 1000 || x == Math.rint(x) ? String.format(Locale.ROOT, "%.0f", x)
                : String.format(Locale.ROOT, "%.3g", x);
    }
}
