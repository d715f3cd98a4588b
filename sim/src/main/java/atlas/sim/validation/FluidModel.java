package atlas.sim.validation;

/**
 * Qiu and Srikant's fluid model of a BitTorrent swarm ("Modeling and performance analysis of
 * BitTorrent-like peer-to-peer networks", SIGCOMM 2004, section 3): leechers x and seeds y evolve as
 * {@code dx/dt = lambda - theta x - min(c x, mu (eta x + y))} and
 * {@code dy/dt = min(c x, mu (eta x + y)) - gamma y}. Rates are per second; mu and c are files per
 * second (a peer's upload and download capacity over the file size).
 *
 * @param lambda arrival rate of leechers
 * @param mu upload rate of one peer, files per second
 * @param c download rate of one peer, files per second
 * @param theta rate at which a leecher aborts
 * @param gamma rate at which a seed leaves
 * @param eta sharing efficiency: the fraction of a leecher's upload that is useful (the paper
 *     argues it is close to 1 with many pieces)
 */
public record FluidModel(double lambda, double mu, double c, double theta, double gamma, double eta) {

    /** Which capacity limits the download in steady state. */
    public enum Regime { UPLOAD_CONSTRAINED, DOWNLOAD_CONSTRAINED }

    /**
     * The steady state: mean leechers, mean seeds and the mean time a leecher spends in the swarm
     * (completing or aborting), {@code T = 1 / (theta + beta)} by Little's law.
     */
    public record SteadyState(double leechers, double seeds, double downloadSeconds, Regime regime) {
    }

    public FluidModel {
        if (!(lambda > 0) || !(mu > 0) || !(c > 0) || !(gamma > 0) || !(eta > 0) || !(theta >= 0)) {
            throw new IllegalArgumentException("lambda, mu, c, gamma and eta must be positive and theta at least 0");
        }
    }

    /**
     * The equilibrium of the two equations. With {@code 1/beta = max(1/c, (1/eta)(1/mu - 1/gamma))},
     * leechers leave downloading at rate beta each: x = lambda / (theta + beta) and
     * y = beta x / gamma. When gamma <= mu seeds alone outpace any demand, so beta = c.
     */
    public SteadyState steadyState() {
        double uploadLimited = gamma > mu ? eta * mu * gamma / (gamma - mu) : Double.POSITIVE_INFINITY;
        Regime regime = uploadLimited < c ? Regime.UPLOAD_CONSTRAINED : Regime.DOWNLOAD_CONSTRAINED;
        double beta = Math.min(c, uploadLimited);
        double leechers = lambda / (theta + beta);
        return new SteadyState(leechers, beta * leechers / gamma, 1 / (theta + beta), regime);
    }
}
