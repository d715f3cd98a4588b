package atlas.sim.economics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A lognormal distribution given by its median and the standard deviation of its logarithm:
 * {@code median * exp(sigma * Z)}, Z standard normal by inversion. The median rather than the mean
 * of the logarithm because a user knows "a typical peer values an hour at 2 USD".
 */
public record LogNormalValue(double median, double sigma) implements Distribution {

    public LogNormalValue {
        Parameters.positive("the lognormal median", median);
        Parameters.nonNegative("the lognormal sigma (standard deviation of the logarithm)", sigma);
    }

    @Override
    public double sample(UniformRandomProvider random) {
        return median * Math.exp(sigma * StandardNormal.fromUniform(random.nextDouble()));
    }

    @Override
    public String describe() {
        return "lognormal(median " + Parameters.text(median) + ", sigma " + Parameters.text(sigma) + ")";
    }
}
