package atlas.sim.swarm;

import atlas.sim.scenario.Quantities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrivals replayed from a CSV trace with a header: {@code time} (seconds, or a duration with its
 * unit) and optionally {@code class}, {@code upload}, {@code download} (rates with units) and
 * {@code seeding} (a duration). Rows must be in time order.
 */
final class TraceArrivals extends ArrivalSource {

    /** One arrival of the trace; absent columns are null or -1. */
    record Row(long time, String peerClass, double upload, double download, long seeding) {
    }

    private final List<Row> rows;
    private int next;

    TraceArrivals(Path file) {
        this.rows = read(file);
    }

    @Override
    long next(long now) {
        return next < rows.size() ? rows.get(next++).time() : -1;
    }

    @Override
    Row traceRow() {
        return rows.get(next - 1);
    }

    @Override
    int expectedPeers() {
        return rows.size();
    }

    static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read arrival trace " + file, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty arrival trace");
        }
        String[] header = lines.get(0).trim().split("\\s*,\\s*");
        int time = indexOf(header, "time");
        int cls = indexOf(header, "class");
        int up = indexOf(header, "upload");
        int down = indexOf(header, "download");
        int seeding = indexOf(header, "seeding");
        if (time < 0) {
            throw new IllegalArgumentException(file + ":1: the header needs a 'time' column");
        }
        List<Row> rows = new ArrayList<>();
        long previous = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*,\\s*", -1);
            try {
                long t = parseTime(cells[time]);
                if (t < previous) {
                    throw new IllegalArgumentException("times must not decrease");
                }
                previous = t;
                rows.add(new Row(t,
                        cls >= 0 && !cells[cls].isEmpty() ? cells[cls] : null,
                        up >= 0 && !cells[up].isEmpty() ? Quantities.parseRate(cells[up]) : -1,
                        down >= 0 && !cells[down].isEmpty() ? Quantities.parseRate(cells[down]) : -1,
                        seeding >= 0 && !cells[seeding].isEmpty() ? Quantities.parseDuration(cells[seeding]) : -1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static long parseTime(String cell) {
        if (cell.matches("[0-9]+(\\.[0-9]+)?")) {
            return Math.round(Double.parseDouble(cell) * 1e6);
        }
        return Quantities.parseDuration(cell);
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
