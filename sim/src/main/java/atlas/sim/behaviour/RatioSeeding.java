package atlas.sim.behaviour;

import java.time.Duration;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Seeds until the peer has uploaded {@code ratio} times the content, or for {@code maxTime}
 * after completing, whichever comes first: the share-ratio limit of uTorrent, qBittorrent and
 * Transmission ("stop seeding at ratio"), whose usual default is 1 or 2 with a time limit beside.
 * The ratio counts all payload uploaded since arrival over the content's size, so uploads made
 * while downloading count too, as in those clients.
 */
public final class RatioSeeding implements SeedingTime {

    /**
     * @param ratio payload uploaded over content size at which seeding stops (0 or more)
     * @param maxTime seeding stops after this long even below the ratio
     */
    public record Params(double ratio, Duration maxTime) {
        public Params {
            if (!(ratio >= 0) || Double.isInfinite(ratio)) {
                throw new IllegalArgumentException("ratio must be a finite number, 0 or more, not " + ratio);
            }
            if (maxTime.isNegative()) {
                throw new IllegalArgumentException("max-time must be 0 or more");
            }
        }
    }

    private final double ratio;
    private final long maxMicros;

    public RatioSeeding(Params params) {
        this.ratio = params.ratio();
        this.maxMicros = SeedingTime.clamp(SeedingTime.micros(params.maxTime()));
    }

    @Override
    public long drawMicros(UniformRandomProvider random, long traceValueMicros) {
        return maxMicros;
    }

    @Override
    public double stopRatio() {
        return ratio;
    }
}
