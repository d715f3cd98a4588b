package atlas.protocols.bid;

/**
 * Exact integer arithmetic between prices (base units per MiB), byte counts and amounts (base
 * units), shared by the bid strategies and the payment ledgers so that both sides of a connection
 * round alike. Results round down, so a value never exceeds what the data is worth and a price
 * derived from a budget never overspends it. Overflowing results throw {@link ArithmeticException},
 * as the chain's amounts do.
 */
public final class Prices {

    /** Bytes in a MiB, the unit prices are quoted per. */
    public static final long MIB = 1L << 20;

    private static final int MIB_SHIFT = 20;

    private Prices() {
    }

    /** {@code floor(pricePerMiB * bytes / MiB)}: what {@code bytes} are worth at that price. */
    public static long valueOf(long pricePerMiB, long bytes) {
        requireNotNegative(pricePerMiB, "price");
        requireNotNegative(bytes, "bytes");
        // price * bytes may overflow although the value fits: split bytes into whole MiB and the rest.
        long whole = Math.multiplyExact(pricePerMiB, bytes >>> MIB_SHIFT);
        long part = Math.multiplyExact(pricePerMiB, bytes & (MIB - 1)) >>> MIB_SHIFT;
        return Math.addExact(whole, part);
    }

    /**
     * {@code floor(amount * MiB / bytes)}: the highest price at which {@code bytes} cost at most
     * {@code amount}, saturating at {@link Long#MAX_VALUE}.
     */
    public static long affordable(long amount, long bytes) {
        requireNotNegative(amount, "amount");
        if (bytes <= 0) {
            throw new IllegalArgumentException("bytes must be positive, got " + bytes);
        }
        long quotient = amount / bytes;
        long remainder = amount % bytes;
        if (quotient > (Long.MAX_VALUE >>> MIB_SHIFT)) {
            return Long.MAX_VALUE;
        }
        // remainder < bytes; for any torrent below 8 TiB, remainder * MiB fits in a long.
        return (quotient << MIB_SHIFT) + Math.multiplyExact(remainder, MIB) / bytes;
    }

    private static void requireNotNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + value);
        }
    }
}
