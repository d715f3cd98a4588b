package atlas.protocols.bid;

/**
 * A price: BTT base units (10^-6 BTT) per MiB of payload. A type of its own, rather than a bare
 * {@code long}, so that a scenario binds it from a quantity with its unit ({@code 1 BTT/MiB}) and
 * a price is never confused with an amount ({@link BttAmount}).
 *
 * @param baseUnits base units per MiB, not negative
 */
public record BttPerMiB(long baseUnits) {

    public BttPerMiB {
        if (baseUnits < 0) {
            throw new IllegalArgumentException("price must not be negative, got " + baseUnits + " base units per MiB");
        }
    }

    /** {@code btt} whole BTT per MiB. */
    public static BttPerMiB ofBtt(long btt) {
        return new BttPerMiB(Math.multiplyExact(btt, BttAmount.UNITS_PER_BTT));
    }
}
