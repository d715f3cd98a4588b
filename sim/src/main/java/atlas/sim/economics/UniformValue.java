package atlas.sim.economics;

import org.apache.commons.rng.UniformRandomProvider;

/** Values spread evenly between low and high. */
public record UniformValue(double low, double high) implements Distribution {

    public UniformValue {
        Parameters.nonNegative("the uniform low", low);
        Parameters.nonNegative("the uniform high", high);
        if (low > high) {
            throw new IllegalArgumentException("the uniform low (" + Parameters.text(low)
                    + ") must not be above the high (" + Parameters.text(high) + ")");
        }
    }

    @Override
    public double sample(UniformRandomProvider random) {
        return low + random.nextDouble() * (high - low);
    }

    @Override
    public String describe() {
        return "uniform(low " + Parameters.text(low) + ", high " + Parameters.text(high) + ")";
    }
}
