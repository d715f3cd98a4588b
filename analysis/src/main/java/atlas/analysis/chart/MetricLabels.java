package atlas.analysis.chart;

import java.util.List;
import java.util.Locale;

/**
 * Turns a flattened metric name into an axis label with its unit, following the simulator's
 * naming rule that a quantity's unit is the suffix of its name: {@code download_time_s.p95}
 * becomes "download time, p95 (s)", {@code download_speed_kib_s.mean} "download speed, mean
 * (KiB/s)", {@code uploaded_bytes} "uploaded (bytes)". A name without a known suffix (a count or a
 * fraction) is shown without a unit.
 */
final class MetricLabels {

    /** Suffix and unit, longest suffix first so {@code _kib_s} wins over {@code _s}. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"_kib_s", "KiB/s"},
            new String[] {"_bytes_per_s", "B/s"},
            new String[] {"_bytes", "bytes"},
            new String[] {"_btt", "BTT"},
            new String[] {"_trx", "TRX"},
            new String[] {"_usd", "USD"},
            new String[] {"_s", "s"});

    private MetricLabels() {
    }

    static String of(String metric) {
        int dot = metric.indexOf('.');
        String base = dot < 0 ? metric : metric.substring(0, dot);
        String statistic = dot < 0 ? "" : metric.substring(dot + 1);
        String unit = "";
        for (String[] u : UNITS) {
            if (base.toLowerCase(Locale.ROOT).endsWith(u[0]) && base.length() > u[0].length()) {
                base = base.substring(0, base.length() - u[0].length());
                unit = u[1];
                break;
            }
        }
        StringBuilder label = new StringBuilder(base.replace('_', ' '));
        if (!statistic.isEmpty()) {
            label.append(", ").append(statistic);
        }
        if (!unit.isEmpty()) {
            label.append(" (").append(unit).append(')');
        }
        return label.toString();
    }
}
