package atlas.sim.economics;

import org.apache.commons.rng.UniformRandomProvider;

/** Every peer gets the same value. */
public record ConstantValue(double value) implements Distribution {

    public ConstantValue {
        Parameters.nonNegative("a constant value", value);
    }

    /**
     * The value. It still consumes one {@code nextDouble()}, like every distribution, so that replacing
     * a constant by a spread (or back) leaves every later draw of the stream where it was.
     */
    @Override
    public double sample(UniformRandomProvider random) {
        random.nextDouble();
        return value;
    }

    @Override
    public String describe() {
        return "constant(" + Parameters.text(value) + ")";
    }
}
