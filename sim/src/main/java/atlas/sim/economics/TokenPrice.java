package atlas.sim.economics;

/**
 * USD per BTT as a function of simulated time. Pure: the same instant always gives the same value,
 * whatever the order of queries, so that peers and metrics that ask at different moments agree.
 */
public interface TokenPrice {

    /** The price at {@code micros} of simulated time; positive and finite. */
    double usdPerBtt(long micros);
}
