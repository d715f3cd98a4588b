package atlas.protocols.pay;

import atlas.protocols.bid.Prices;

/**
 * The exact value of data delivered at prices that may change: the running sum of
 * {@code price * bytes / MiB} with the fraction below one base unit carried, not dropped, so that
 * many small blocks are worth exactly what one large block is. Both ledgers use it, so payer and
 * recipient agree to the base unit on the same bytes at the same prices.
 */
final class Accrual {

    private static final long LOW_BITS = Prices.MIB - 1;

    private long value;
    /** Carried fraction of a base unit, in 1/MiB base units; always below MiB. */
    private long fraction;

    /** Base units accrued so far, rounded down. */
    long value() {
        return value;
    }

    void add(long pricePerMiB, long bytes) {
        value = valueAfter(pricePerMiB, bytes);
        fraction = (fraction + dropped(pricePerMiB, bytes)) & LOW_BITS;
    }

    /** What {@link #value()} would be after adding {@code bytes} at {@code pricePerMiB}, without adding. */
    long valueAfter(long pricePerMiB, long bytes) {
        long carried = (fraction + dropped(pricePerMiB, bytes)) / Prices.MIB;
        return Math.addExact(value, Math.addExact(Prices.valueOf(pricePerMiB, bytes), carried));
    }

    /** The part of {@code price * bytes / MiB} that {@link Prices#valueOf} rounds away, in 1/MiB units. */
    private static long dropped(long pricePerMiB, long bytes) {
        // The low 20 bits of a product depend only on the low 20 bits of its factors.
        return ((pricePerMiB & LOW_BITS) * (bytes & LOW_BITS)) & LOW_BITS;
    }
}
