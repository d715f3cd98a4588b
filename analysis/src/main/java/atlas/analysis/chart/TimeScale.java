package atlas.analysis.chart;

/**
 * The unit a time axis is labelled in, chosen from the longest time shown so ticks read as small
 * numbers: seconds up to 5 min, minutes up to 5 h, hours beyond.
 *
 * @param unit the unit's symbol, for the axis label
 * @param seconds the length of one unit in seconds
 */
record TimeScale(String unit, double seconds) {

    static TimeScale forMaximum(double maxSeconds) {
        if (maxSeconds > 5 * 3600) {
            return new TimeScale("h", 3600);
        }
        if (maxSeconds > 5 * 60) {
            return new TimeScale("min", 60);
        }
        return new TimeScale("s", 1);
    }

    static TimeScale forValues(double[] seconds) {
        return forMaximum(max(seconds));
    }

    /** The largest of the values, 0 if there are none; NaN values are ignored. */
    static double max(double[] seconds) {
        double max = 0;
        for (double s : seconds) {
            if (s > max) {
                max = s;
            }
        }
        return max;
    }

    /** An axis label: the quantity followed by the unit in parentheses. */
    String label(String quantity) {
        return quantity + " (" + unit + ")";
    }
}
