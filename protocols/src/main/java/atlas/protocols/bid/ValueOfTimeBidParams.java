package atlas.protocols.bid;

/**
 * Parameters of {@link ValueOfTimeBid}. The defaults are <i>assumptions</i>.
 *
 * @param value what an hour of the user's time is worth, when no {@link Valuation} is given
 *     (10,000 BTT: about 1.2 USD at the public sale's 0.00012 USD per BTT)
 * @param share the fraction of the waiting time's worth offered, in (0, 1] (0.5: a bid buys a
 *     better place in the uploader's queue, not the whole wait)
 * @param floorRate rates below this count as this when pricing, so that a download that has not
 *     started yet bids a finite price (64 KiB/s)
 * @param cap the highest price it offers (100 BTT per MiB)
 */
public record ValueOfTimeBidParams(BttAmount value, double share, ByteRate floorRate, BttPerMiB cap) {

    public static final ValueOfTimeBidParams DEFAULTS = new ValueOfTimeBidParams(BttAmount.ofBtt(10_000), 0.5,
            new ByteRate(64 * 1024), BttPerMiB.ofBtt(100));

    public ValueOfTimeBidParams {
        if (value == null || floorRate == null || cap == null) {
            throw new IllegalArgumentException("value, floor-rate and cap are required");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], got " + share);
        }
        if (!(floorRate.bytesPerSecond() > 0)) {
            throw new IllegalArgumentException("floor-rate must be positive, got " + floorRate);
        }
        if (cap.baseUnits() < 1) {
            throw new IllegalArgumentException("cap must be at least 1 base unit per MiB, got " + cap);
        }
    }
}
