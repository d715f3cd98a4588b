package atlas.protocols.bid;

/**
 * An amount of BTT in base units (10^-6 BTT, the TRC-10 token's precision 6). A type of its own so
 * that a scenario binds it from a quantity with its unit ({@code 100 BTT}) and an amount is never
 * confused with a price ({@link BttPerMiB}).
 *
 * @param baseUnits base units, not negative
 */
public record BttAmount(long baseUnits) {

    /** Base units in one BTT. */
    public static final long UNITS_PER_BTT = 1_000_000L;

    public BttAmount {
        if (baseUnits < 0) {
            throw new IllegalArgumentException("amount must not be negative, got " + baseUnits + " base units");
        }
    }

    /** {@code btt} whole BTT. */
    public static BttAmount ofBtt(long btt) {
        return new BttAmount(Math.multiplyExact(btt, UNITS_PER_BTT));
    }
}
