package atlas.sim.scenario;

import atlas.sim.economics.ConstantPrice;
import atlas.sim.economics.GbmPrice;
import atlas.sim.economics.PricePath;
import atlas.sim.economics.TokenPrice;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How the token's price in USD moves during a run ({@code incentives.token-price}), as the scenario
 * states it: a constant, a geometric Brownian motion, or a path read from a CSV file. The run turns
 * it into a {@link TokenPrice}, drawing a random path from its own stream so that the price's
 * randomness never shifts any other draw.
 */
public sealed interface PriceModel {

    /** The price over the run; {@code random} is the run's price stream. */
    TokenPrice create(UniformRandomProvider random);

    /** One price for the whole run. */
    record Constant(double usdPerBtt) implements PriceModel {
        @Override
        public TokenPrice create(UniformRandomProvider random) {
            return new ConstantPrice(usdPerBtt);
        }
    }

    /**
     * Geometric Brownian motion.
     *
     * @param driftPerYear the price's expected growth rate per year, E[S(t)] = S(0) exp(drift t); the
     *     log-price drifts at drift - volatility^2 / 2
     * @param volatilityPerYear the log-price's standard deviation over a year
     * @param stepMicros how often the price moves; constant in between
     */
    record Gbm(double initialUsdPerBtt, double driftPerYear, double volatilityPerYear, long stepMicros)
            implements PriceModel {
        @Override
        public TokenPrice create(UniformRandomProvider random) {
            return new GbmPrice(initialUsdPerBtt, driftPerYear, volatilityPerYear, stepMicros, random);
        }
    }

    /**
     * A path read from a file (linear between its points).
     *
     * @param file the file's path, resolved against the scenario's directory
     */
    record Csv(String file, PricePath path) implements PriceModel {
        public Csv {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public TokenPrice create(UniformRandomProvider random) {
            return path;
        }
    }
}
