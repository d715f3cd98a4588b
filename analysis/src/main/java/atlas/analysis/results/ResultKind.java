package atlas.analysis.results;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a results directory holds, so that {@code atlas chart DIR} and {@code atlas report DIR}
 * can pick the right charts: a run writes {@code summary.json}, a sweep {@code points.csv}, and a
 * comparison, a sweep of policies, {@code comparison.csv} as well.
 */
public enum ResultKind {
    /** One run: {@code summary.json}, {@code peers.csv}, {@code timeseries.csv}. */
    RUN,
    /** A sweep: {@code points.csv} and usually {@code runs.csv}. */
    SWEEP,
    /** A comparison of policies: a sweep with one point per policy, and {@code comparison.csv}. */
    COMPARISON;

    /** The paired statistics of a comparison, the file that marks its directory. */
    public static final String COMPARISON_TABLE = "comparison.csv";

    /**
     * The kind of {@code dir}.
     *
     * @throws IllegalArgumentException if it holds neither file
     */
    public static ResultKind of(Path dir) {
        if (Files.isRegularFile(dir.resolve(COMPARISON_TABLE))) {
            return COMPARISON;
        }
        if (Files.isRegularFile(dir.resolve("summary.json"))) {
            return RUN;
        }
        if (Files.isRegularFile(dir.resolve("points.csv"))) {
            return SWEEP;
        }
        throw new ResultFileException(dir + " is neither a run directory (no summary.json) nor a sweep directory "
                + "(no points.csv) nor a comparison (no " + COMPARISON_TABLE + ")");
    }
}
