package atlas.sim.behaviour;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Log-normally distributed seeding time, median * exp(sigma * Z) with Z standard normal: most
 * peers seed briefly and a few for very long, the heavy tail measured in real swarms
 * (Guo et al., "Measurements, analysis, and modeling of BitTorrent-like systems", IMC 2005).
 */
public final class LogNormalSeeding implements SeedingTime {

    public record Params(Duration median, double sigma) {
        public Params {
            if (median.isNegative() || median.isZero()) {
                throw new IllegalArgumentException("median must be greater than 0");
            }
            // 0 is every peer at the median, as the other log-normal parameters allow, so that a
            // sweep over sigma may start from no spread.
            if (!(sigma >= 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("sigma must be a number of 0 or more");
            }
        }
    }

    private final double medianMicros;
    private final double sigma;

    public LogNormalSeeding(Params params) {
        this.medianMicros = SeedingTime.micros(params.median());
        this.sigma = params.sigma();
    }

    @Override
    public long drawMicros(UniformRandomProvider random, long traceValueMicros) {
        double z = ZigguratSampler.NormalizedGaussian.of(random).sample();
        return SeedingTime.clamp(medianMicros * Math.exp(sigma * z));
    }
}
