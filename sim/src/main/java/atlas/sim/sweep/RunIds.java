package atlas.sim.sweep;

import java.util.Locale;

/**
 * Stable names of a sweep's points and runs: {@code p0003} is the fourth point in the design's
 * order and {@code p0003-r02} its third replicate. Numbers are zero-padded (at least 4 and 2
 * digits) so that ids sort as their indices do, in file listings and tables alike.
 */
public final class RunIds {

    private RunIds() {
    }

    /** The id of point {@code index} of {@code points}. */
    public static String point(int index, int points) {
        return String.format(Locale.ROOT, "p%0" + width(points, 4) + "d", index);
    }

    /** The id of replicate {@code replicate} of {@code replicates} at a point. */
    public static String run(String pointId, int replicate, int replicates) {
        return String.format(Locale.ROOT, "%s-r%0" + width(replicates, 2) + "d", pointId, replicate);
    }

    private static int width(int count, int minimum) {
        return Math.max(minimum, Integer.toString(Math.max(0, count - 1)).length());
    }
}
