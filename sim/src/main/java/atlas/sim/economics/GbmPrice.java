package atlas.sim.economics;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A token price following geometric Brownian motion, sampled every {@code stepMicros} and held
 * constant between steps. Each step uses the exact discretisation (Glasserman, Monte Carlo Methods
 * in Financial Engineering, 2003, section 3.2.1):
 * {@code S(k+1) = S(k) exp((mu - sigma^2/2) dt + sigma sqrt(dt) Z)}, dt the step in years of 365.25
 * days, so the log-returns are exactly normal whatever the step, with no Euler bias.
 *
 * <p>The path is drawn lazily from the generator as later times are asked and kept, so it is the
 * same path whatever the order of queries; each step consumes exactly one {@code nextDouble()}
 * (Z by inversion, see {@link StandardNormal}). Memory grows by 8 bytes per step up to the latest
 * step asked: a year in steps of one minute is about 4 MB (twice that at worst while the array
 * doubles). A path that leaves the range of doubles (a drift of 100 per year over twenty years)
 * fails with an {@link ArithmeticException} rather than hand out a price of 0 or infinity.
 * Not thread-safe; a run owns its price.
 */
public final class GbmPrice implements TokenPrice {

    private static final double MICROS_PER_YEAR = 365.25 * 86_400 * 1e6;

    /** Largest step index kept: Java arrays are indexed by int, and some VMs refuse the last few. */
    private static final long MAX_STEPS = Integer.MAX_VALUE - 8;

    private final long stepMicros;
    private final double logDriftPerStep;
    private final double volatilityPerStep;
    private final UniformRandomProvider random;
    private final String description;
    /** prices[k] holds from k steps on; the first {@code count} entries are drawn. */
    private double[] prices = new double[64];
    private int count = 1;
    /** The first step whose price overflowed or underflowed, so that asking again fails the same way. */
    private long unreachableStep = Long.MAX_VALUE;

    /**
     * @param driftPerYear      mu, the expected growth rate of the price per year (any finite number)
     * @param volatilityPerYear sigma, the standard deviation of the log-price after one year (0 or more)
     */
    public GbmPrice(double initialUsdPerBtt, double driftPerYear, double volatilityPerYear, long stepMicros,
            UniformRandomProvider random) {
        Parameters.positive("the initial token price in USD per BTT", initialUsdPerBtt);
        Parameters.finite("the drift per year of the token price", driftPerYear);
        Parameters.nonNegative("the volatility per year of the token price", volatilityPerYear);
        if (stepMicros <= 0) {
            throw new IllegalArgumentException("the step of the token price path must be longer than 0, not "
                    + stepMicros + " microseconds");
        }
        this.random = Objects.requireNonNull(random, "random");
        this.stepMicros = stepMicros;
        double dt = stepMicros / MICROS_PER_YEAR;
        this.logDriftPerStep = (driftPerYear - volatilityPerYear * volatilityPerYear / 2) * dt;
        this.volatilityPerStep = volatilityPerYear * Math.sqrt(dt);
        this.prices[0] = initialUsdPerBtt;
        this.description = "gbm(initial " + Parameters.text(initialUsdPerBtt) + " USD/BTT, drift "
                + Parameters.text(driftPerYear) + "/year, volatility " + Parameters.text(volatilityPerYear)
                + "/year, step " + stepMicros + " us)";
    }

    @Override
    public double usdPerBtt(long micros) {
        if (micros < 0) {
            return prices[0];
        }
        long step = micros / stepMicros;
        if (step >= count) {
            drawThrough(step, micros);
        }
        return prices[(int) step];
    }

    private void drawThrough(long step, long micros) {
        if (step > MAX_STEPS) {
            throw new IllegalArgumentException("the token price path cannot reach " + micros + " us in steps of "
                    + stepMicros + " us: that is more than " + MAX_STEPS + " steps; use a longer step");
        }
        if (step >= unreachableStep) {
            throw outOfRange();
        }
        int last = (int) step;
        if (last >= prices.length) {
            prices = Arrays.copyOf(prices, (int) Math.min(MAX_STEPS + 1, Math.max(2L * prices.length, last + 1L)));
        }
        for (int k = count; k <= last; k++) {
            double z = StandardNormal.fromUniform(random.nextDouble());
            double next = prices[k - 1] * Math.exp(logDriftPerStep + volatilityPerStep * z);
            if (!(next > 0) || next == Double.POSITIVE_INFINITY) {
                count = k;
                unreachableStep = k;
                throw outOfRange();
            }
            prices[k] = next;
        }
        count = last + 1;
    }

    private ArithmeticException outOfRange() {
        return new ArithmeticException("the token price path " + description + " left the range of numbers at "
                + unreachableStep * stepMicros + " us; choose a drift and volatility that fit the length of the run");
    }

    @Override
    public String toString() {
        return description;
    }
}
