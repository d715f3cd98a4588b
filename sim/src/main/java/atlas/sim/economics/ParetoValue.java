package atlas.sim.economics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Pareto (type I) distribution, {@code P(X > x) = (minimum / x)^alpha} for x at or above the minimum:
 * the heavy tail of token holdings, where a few wallets hold most of the supply (the smaller alpha,
 * the more concentrated). Alpha must exceed 1, where the mean, alpha minimum / (alpha - 1), is
 * finite; up to 2 the variance is not, so holdings' means and Gini vary widely between replicates.
 * Sampled by inversion, {@code minimum * (1 - u)^(-1/alpha)}; as {@code nextDouble()} is below 1,
 * {@code 1 - u} is at least 2^-53 and every draw is below minimum 2^53.
 */
public record ParetoValue(double alpha, double minimum) implements Distribution {

    public ParetoValue {
        if (!(alpha > 1) || alpha == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the Pareto alpha (tail index) must be a finite number above 1, not "
                    + Parameters.text(alpha) + ": at 1 or below the mean holding is infinite");
        }
        Parameters.positive("the Pareto minimum", minimum);
    }

    @Override
    public double sample(UniformRandomProvider random) {
        return minimum * Math.pow(1 - random.nextDouble(), -1 / alpha);
    }

    @Override
    public String describe() {
        return "pareto(alpha " + Parameters.text(alpha) + ", minimum " + Parameters.text(minimum) + ")";
    }
}
