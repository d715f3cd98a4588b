package atlas.protocols.bid;

/**
 * Bids what the time the next MiB takes is worth to the user: at the observed download rate
 * {@code r} a MiB takes {@code MiB / r} seconds, worth {@code valuation / 3600} per second, and it
 * offers {@code share} of that, capped. A slow download therefore bids high and a fast one low,
 * so the bid falls as paying buys speed and settles where the time a MiB still takes is worth
 * about the price; a user whose time is worth more, or a token that is cheaper, bids more BTT.
 * This is the value-of-time model of the economics of waiting (the price of a faster service
 * equals the value of the time it saves), applied per MiB, not a published BitTorrent Speed rule.
 */
public final class ValueOfTimeBid implements BidStrategy {

    private static final double SECONDS_PER_HOUR = 3600;

    private final double share;
    private final double floorRate;
    private final long cap;
    private final Valuation valuation;

    /** Values the user's time at {@code params.value()} BTT an hour, whatever the token's price. */
    public ValueOfTimeBid(ValueOfTimeBidParams params) {
        this(params, constant(params.value().baseUnits()));
    }

    /** Values the user's time by {@code valuation} (for example a money value at the token's current rate). */
    public ValueOfTimeBid(ValueOfTimeBidParams params, Valuation valuation) {
        this.share = params.share();
        this.floorRate = params.floorRate().bytesPerSecond();
        this.cap = params.cap().baseUnits();
        this.valuation = valuation;
    }

    private static Valuation constant(long baseUnitsPerHour) {
        return now -> baseUnitsPerHour;
    }

    @Override
    public long price(long now, double downloadRate, long bytesRemaining, long committed) {
        if (bytesRemaining <= 0) {
            return 0;
        }
        double secondsPerMiB = Prices.MIB / Math.max(downloadRate, floorRate);
        double price = share * valuation.baseUnitsPerHour(now) / SECONDS_PER_HOUR * secondsPerMiB;
        return price >= cap ? cap : (long) price;
    }
}
