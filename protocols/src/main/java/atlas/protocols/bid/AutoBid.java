package atlas.protocols.bid;

/**
 * Bids for a target download rate by a multiplicative control rule. Every {@code period} (the
 * first adjustment one period after the first call, which offers {@code initial}) it compares
 * the observed rate {@code r} with the target {@code T}:
 * <pre>
 *   r &lt; T (1 - tolerance):  price = min(max, max(price + 1, ceil(price * increase)))
 *   r &gt; T (1 + tolerance):  price = max(min, floor(price * decrease))
 *   otherwise:               price unchanged
 * </pre>
 * Multiplicative steps because useful prices span orders of magnitude: any price in
 * {@code [min, max]} is reached in a number of periods logarithmic in the ratio. The
 * {@code + 1} keeps a small price moving despite rounding. The band stops it from hunting once
 * the rate is close enough. With a rate that grows with the price, the price settles where the
 * rate enters the band, or at {@code max} when no price buys the target (the peers lack upload),
 * or at {@code min} when the target comes free. The period should exceed the rate meter's window
 * plus a rechoke round, so that each step's effect is measured before the next: a control loop
 * that acts faster than it observes oscillates. After a pause longer than a period the next
 * adjustment is one period after the late call, not a burst of catch-up steps.
 */
public final class AutoBid implements BidStrategy {

    private final long min;
    private final long max;
    private final double targetLow;
    private final double targetHigh;
    private final double increase;
    private final double decrease;
    private final long periodMicros;
    private long price;
    private boolean started;
    private long nextAdjustment;

    public AutoBid(AutoBidParams params) {
        this.min = params.min().baseUnits();
        this.max = params.max().baseUnits();
        this.targetLow = params.targetRate().bytesPerSecond() * (1 - params.tolerance());
        this.targetHigh = params.targetRate().bytesPerSecond() * (1 + params.tolerance());
        this.increase = params.increase();
        this.decrease = params.decrease();
        this.periodMicros = params.period().toNanos() / 1_000;
        this.price = params.initial().baseUnits();
    }

    @Override
    public long price(long now, double downloadRate, long bytesRemaining, long committed) {
        if (!started) {
            started = true;
            nextAdjustment = now + periodMicros;
        } else if (now >= nextAdjustment) {
            nextAdjustment = now + periodMicros;
            if (downloadRate < targetLow) {
                price = Math.min(max, Math.max(price + 1, (long) Math.ceil(price * increase)));
            } else if (downloadRate > targetHigh) {
                price = Math.max(min, (long) Math.floor(price * decrease));
            }
        }
        return bytesRemaining > 0 ? price : 0;
    }
}
