package atlas.protocols.pay;

import atlas.protocols.bid.Prices;

/**
 * The exact value of data delivered at a price that may change: the running sum of
 * {@code price * bytes / MiB} with the fraction below one base unit carried, not dropped, so that
 * many small blocks are worth exactly what one large block is. Both ledgers use it, so payer and
 * recipient agree to the base unit on the same bytes at the same prices.
 */
final class Accrual {

    private static final long LOW_BITS = Prices.MIB - 1;

    /** Base units per MiB for the bytes added from now on. */
    private long price;
    private long value;
    /** Carried fraction of a base unit, in 1/MiB base units; always below MiB. */
    private long fraction;

    /** Base units accrued so far, rounded down. */
    long value() {
        return value;
    }

    long price() {
        return price;
    }

    /** Sets the price, base units per MiB, for the bytes added from now on; 0 makes them free. */
    void setPrice(long pricePerMiB) {
        if (pricePerMiB < 0) {
            throw new IllegalArgumentException("price must not be negative, got " + pricePerMiB);
        }
        price = pricePerMiB;
    }

    /** Counts {@code bytes} at the current price. */
    void add(long bytes) {
        long after = valueAfter(bytes);
        fraction = (fraction + dropped(price, bytes)) & LOW_BITS;
        value = after;
    }

    /** What {@link #value()} would be after adding {@code bytes} at the current price, without adding. */
    long valueAfter(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative, got " + bytes);
        }
        long carried = (fraction + dropped(price, bytes)) / Prices.MIB;
        return Math.addExact(value, Math.addExact(Prices.valueOf(price, bytes), carried));
    }

    /** The part of {@code price * bytes / MiB} that {@link Prices#valueOf} rounds away, in 1/MiB units. */
    private static long dropped(long pricePerMiB, long bytes) {
        // The low 20 bits of a product depend only on the low 20 bits of its factors.
        return ((pricePerMiB & LOW_BITS) * (bytes & LOW_BITS)) & LOW_BITS;
    }
}
