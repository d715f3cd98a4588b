package atlas.sim.behaviour;

import atlas.sim.economics.LogNormalValue;
import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Keeps seeding while it pays: every {@code period} a completed peer compares what seeding earned
 * it in that period (BTT received, valued at the token's price then, in USD per hour) with what it
 * cost (the scenario's {@code incentives.costs}: per hour online and per GiB uploaded), and stays
 * while earnings are at least its personal threshold times the costs. Thresholds are lognormal
 * across peers (median 1: break-even), because people weigh money and bother differently; a share
 * of peers are altruists that seed regardless, as many do without any reward, up to
 * {@code max-time}. The economic counterpart of the rational-seeder models of Fan, Lui and Chiu
 * ("The design trade-offs of BitTorrent-like file sharing protocols", IEEE/ACM ToN 2009): a
 * peer stays while its utility of staying is positive.
 *
 * <p>A peer that earns nothing (it does not take part in the token economy, or no one pays it)
 * leaves at its first decision unless it is an altruist or its costs are zero.
 */
public final class EconomicSeeding implements SeedingTime, SeedingReview {

    /**
     * @param period time between decisions, the first one after completing (assumption: 10 min,
     *     long enough to see a few payments at the default 1 MiB interval)
     * @param thresholdMedian the median peer's threshold: 1 stays exactly while earning its costs
     * @param thresholdSigma spread of the thresholds' logarithm (0: every peer the median)
     * @param altruists the share of peers that seed whatever they earn
     * @param maxTime every peer stops after this long, as {@code ratio}'s time limit
     */
    public record Params(Duration period, double thresholdMedian, double thresholdSigma, double altruists,
            Duration maxTime) {
        public Params {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("period must be greater than 0");
            }
            if (!(thresholdMedian > 0) || Double.isInfinite(thresholdMedian)) {
                throw new IllegalArgumentException("threshold-median must be a number greater than 0");
            }
            if (!(thresholdSigma >= 0) || Double.isInfinite(thresholdSigma)) {
                throw new IllegalArgumentException("threshold-sigma must be a number, 0 or more");
            }
            if (!(altruists >= 0 && altruists <= 1)) {
                throw new IllegalArgumentException("altruists must be a fraction from 0 to 1");
            }
            if (maxTime.isNegative()) {
                throw new IllegalArgumentException("max-time must be 0 or more");
            }
        }
    }

    private final long periodMicros;
    private final LogNormalValue threshold;
    private final double altruists;
    private final long maxMicros;

    public EconomicSeeding(Params params) {
        this.periodMicros = SeedingTime.clamp(SeedingTime.micros(params.period()));
        this.threshold = new LogNormalValue(params.thresholdMedian(), params.thresholdSigma());
        this.altruists = params.altruists();
        this.maxMicros = SeedingTime.clamp(SeedingTime.micros(params.maxTime()));
    }

    @Override
    public long drawMicros(UniformRandomProvider random, long traceValueMicros) {
        return maxMicros;
    }

    @Override
    public SeedingReview review() {
        return this;
    }

    @Override
    public long periodMicros() {
        return periodMicros;
    }

    @Override
    public double drawThreshold(UniformRandomProvider random) {
        // Both draws always, so that the share of altruists does not shift later draws.
        boolean altruist = random.nextDouble() < altruists;
        double drawn = threshold.sample(random);
        return altruist ? 0 : drawn;
    }
}
