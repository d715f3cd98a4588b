package atlas.sim.economics;

/** A token price that never changes. */
public record ConstantPrice(double usdPerBtt) implements TokenPrice {

    public ConstantPrice {
        Parameters.positive("the token price in USD per BTT", usdPerBtt);
    }

    @Override
    public double usdPerBtt(long micros) {
        return usdPerBtt;
    }
}
