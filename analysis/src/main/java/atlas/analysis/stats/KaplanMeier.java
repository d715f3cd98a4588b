package atlas.analysis.stats;

import java.util.Arrays;

/**
 * Product-limit estimate of a survival function from right-censored durations (E. L. Kaplan and
 * P. Meier, "Nonparametric estimation from incomplete observations", JASA 53(282):457-481, 1958).
 * A duration is either an event (the unit left after that long) or censored (it was still there
 * when observation stopped). S(t), the probability of lasting longer than t, is the product over
 * event times t_i &le; t of (1 - d_i / n_i), with d_i events at t_i and n_i units at risk just
 * before t_i.
 *
 * <p>Ties follow the paper's convention: a unit censored at t_i is still at risk at t_i, as if its
 * censoring happened just after the events at t_i. Beyond the largest observed duration the
 * estimate is zero if the curve has reached zero, and otherwise undefined ({@link Double#NaN}):
 * some units were still present when observation stopped and nothing is known of them later
 * (section 3 of the paper).
 */
public final class KaplanMeier {

    /** Distinct event times, ascending. */
    private final double[] times;
    /** {@code survival[i]} is S(t) for {@code times[i] <= t < times[i + 1]}. */
    private final double[] survival;
    private final double longestObservation;

    private KaplanMeier(double[] times, double[] survival, double longestObservation) {
        this.times = times;
        this.survival = survival;
        this.longestObservation = longestObservation;
    }

    /**
     * Fits the estimate.
     *
     * @param durations non-negative, finite durations, one per unit
     * @param censored {@code censored[i]} is true if unit i had not had the event when observation
     *     stopped, so that {@code durations[i]} is only a lower bound of its duration
     * @throws IllegalArgumentException if the arrays are empty, of different lengths, or a duration
     *     is negative or not finite
     */
    public static KaplanMeier fit(double[] durations, boolean[] censored) {
        if (durations.length != censored.length) {
            throw new IllegalArgumentException(durations.length + " durations but " + censored.length + " censoring flags");
        }
        if (durations.length == 0) {
            throw new IllegalArgumentException("no durations");
        }
        int eventCount = 0;
        for (int i = 0; i < durations.length; i++) {
            double d = durations[i];
            if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("duration " + i + " is " + d + "; durations must be finite and non-negative");
            }
            if (!censored[i]) {
                eventCount++;
            }
        }
        double[] events = new double[eventCount];
        double[] losses = new double[durations.length - eventCount];
        for (int i = 0, e = 0, c = 0; i < durations.length; i++) {
            if (censored[i]) {
                losses[c++] = durations[i];
            } else {
                events[e++] = durations[i];
            }
        }
        Arrays.sort(events);
        Arrays.sort(losses);

        double[] times = new double[eventCount];
        double[] survival = new double[eventCount];
        int distinct = 0;
        int atRisk = durations.length;
        int c = 0;
        double s = 1;
        for (int e = 0; e < events.length; ) {
            double t = events[e];
            // Units censored strictly before t are no longer at risk; those censored at t still are.
            while (c < losses.length && losses[c] < t) {
                atRisk--;
                c++;
            }
            int deaths = 0;
            while (e < events.length && events[e] == t) {
                deaths++;
                e++;
            }
            s *= 1 - (double) deaths / atRisk;
            atRisk -= deaths;
            times[distinct] = t;
            survival[distinct] = s;
            distinct++;
        }
        double longest = Math.max(events.length == 0 ? 0 : events[events.length - 1],
                losses.length == 0 ? 0 : losses[losses.length - 1]);
        return new KaplanMeier(Arrays.copyOf(times, distinct), Arrays.copyOf(survival, distinct), longest);
    }

    /** The largest duration observed, event or censored. */
    public double longestObservation() {
        return longestObservation;
    }

    /**
     * S(t): the estimated probability that a duration exceeds t. 1 for t below the first event
     * time; NaN beyond the longest observation unless the curve has already reached zero.
     */
    public double survival(double t) {
        int i = Arrays.binarySearch(times, t);
        // The last event time <= t; -1 if t precedes every event.
        int last = i >= 0 ? i : -i - 2;
        double s = last < 0 ? 1 : survival[last];
        return t > longestObservation && s > 0 ? Double.NaN : s;
    }

    /**
     * The restricted mean: the integral of S from 0 to {@code horizon}, the expected duration
     * when durations are truncated at the horizon (P. Royston and M. K. B. Parmar, "Restricted
     * mean survival time: an alternative to the hazard ratio for the design and analysis of
     * randomized trials with a time-to-event outcome", BMC Medical Research Methodology 13:152,
     * 2013). Defined only as far as S is: NaN when the horizon lies beyond the longest observation
     * and the curve has not reached zero there (as in {@link #survival}). The integral never stops
     * short of the horizon, so that restricted means to the same horizon compare across samples
     * whatever their observation windows.
     *
     * @throws IllegalArgumentException if the horizon is negative or NaN
     */
    public double restrictedMean(double horizon) {
        if (!(horizon >= 0)) {
            throw new IllegalArgumentException("horizon " + horizon + " must be non-negative");
        }
        if (Double.isNaN(survival(horizon))) {
            return Double.NaN;
        }
        double area = 0;
        double from = 0;
        double s = 1;
        for (int i = 0; i < times.length && times[i] < horizon; i++) {
            area += s * (times[i] - from);
            from = times[i];
            s = survival[i];
        }
        return area + s * (horizon - from);
    }

    /**
     * The mean duration: the whole area under S (Kaplan and Meier, section 4). Identified only
     * when the curve reaches zero, which happens when the longest observation is an event (with
     * no unit censored at that time); NaN otherwise, since the area beyond a censored longest
     * observation is unknown and cutting it there would make the mean depend on how long the
     * sample was observed.
     */
    public double mean() {
        return reachesZero() ? restrictedMean(longestObservation) : Double.NaN;
    }

    private boolean reachesZero() {
        return survival.length > 0 && survival[survival.length - 1] == 0;
    }
}
