package atlas.analysis.results;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a results directory holds, so that {@code atlas chart DIR} and {@code atlas report DIR}
 * can pick the right charts: a run writes {@code summary.json}, a sweep {@code points.csv}.
 */
public enum ResultKind {
    /** One run: {@code summary.json}, {@code peers.csv}, {@code timeseries.csv}. */
    RUN,
    /** A sweep: {@code points.csv} and usually {@code runs.csv}. */
    SWEEP;

    /**
     * The kind of {@code dir}.
     *
     * @throws IllegalArgumentException if it holds neither file
     */
    public static ResultKind of(Path dir) {
        if (Files.isRegularFile(dir.resolve("summary.json"))) {
            return RUN;
        }
        if (Files.isRegularFile(dir.resolve("points.csv"))) {
            return SWEEP;
        }
        throw new IllegalArgumentException(dir + " is neither a run directory (no summary.json) nor a sweep directory "
                + "(no points.csv)");
    }
}
