package atlas.protocols.bid;

import java.time.Duration;

/**
 * Parameters of {@link AutoBid}. The defaults are
 * <i>assumptions</i> (BitTorrent Speed's auto-bid rule was not published).
 *
 * @param initial the first price offered (1 BTT per MiB)
 * @param min the lowest price it lowers to, at least 1 (0.001 BTT per MiB)
 * @param max the highest price it raises to (100 BTT per MiB)
 * @param targetRate the download rate sought (1 MiB/s)
 * @param increase factor applied when below target, above 1 (1.25)
 * @param decrease factor applied when above target, in (0, 1) (0.8, undoing one increase)
 * @param tolerance relative band around the target in which the price holds, in [0, 1) (0.1)
 * @param period time between adjustments (30 s: three choke rounds, longer than the 20 s rate window)
 */
public record AutoBidParams(BttPerMiB initial, BttPerMiB min, BttPerMiB max, ByteRate targetRate, double increase,
        double decrease, double tolerance, Duration period) {

    public static final AutoBidParams DEFAULTS = new AutoBidParams(BttPerMiB.ofBtt(1), new BttPerMiB(1_000),
            BttPerMiB.ofBtt(100), new ByteRate(1024 * 1024), 1.25, 0.8, 0.1, Duration.ofSeconds(30));

    public AutoBidParams {
        if (initial == null || min == null || max == null || targetRate == null) {
            throw new IllegalArgumentException("initial, min, max and target-rate are required");
        }
        if (min.baseUnits() < 1) {
            throw new IllegalArgumentException("min must be at least 1, got " + min);
        }
        if (max.baseUnits() < min.baseUnits()) {
            throw new IllegalArgumentException("max must be at least min (" + min + "), got " + max);
        }
        if (initial.baseUnits() < min.baseUnits() || initial.baseUnits() > max.baseUnits()) {
            throw new IllegalArgumentException("initial must be in [min, max] = [" + min + ", " + max + "], got " + initial);
        }
        if (!(increase > 1 && increase < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("increase must be above 1, got " + increase);
        }
        if (!(decrease > 0 && decrease < 1)) {
            throw new IllegalArgumentException("decrease must be in (0, 1), got " + decrease);
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be a positive duration, got " + period);
        }
    }
}
