package atlas.protocols.bid;

/**
 * What an hour of the user's time is worth to it in BTT, now: a client derives it from a value
 * of time the user sets in money and the token's current exchange rate, so the same USD value bids
 * fewer BTT when the token is dearer.
 */
@FunctionalInterface
public interface Valuation {

    /**
     * Base units of BTT an hour of waiting is worth at {@code now}; finite and not negative.
     *
     * @param now the caller's clock, microseconds
     */
    double baseUnitsPerHour(long now);
}
