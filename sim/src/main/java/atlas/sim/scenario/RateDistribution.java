package atlas.sim.scenario;

/**
 * A capacity in bytes per second, fixed or drawn per peer. YAML: {@code upload: 1 Mbit/s},
 * {@code { uniform: [1 Mbit/s, 5 Mbit/s] }} or {@code { lognormal: { median: 2 Mbit/s, sigma: 0.5 } }}.
 */
public sealed interface RateDistribution {

    record Fixed(double bytesPerSecond) implements RateDistribution {
    }

    record Uniform(double min, double max) implements RateDistribution {
    }

    /** exp(N(ln median, sigma^2)): sigma is the standard deviation of the rate's logarithm. */
    record LogNormal(double median, double sigma) implements RateDistribution {
    }
}
