package atlas.protocols.bid;

/**
 * Parameters of {@link BudgetBid}.
 *
 * @param budget base units the whole download may cost (default 100 BTT, an <i>assumption</i>)
 * @param floor the least price worth offering, base units per MiB; below it the strategy stops
 *     bidding (default 1: any positive price)
 * @param cap the most it offers, base units per MiB, however much budget is left (default 10 BTT
 *     per MiB, an <i>assumption</i>)
 */
public record BudgetBidParams(long budget, long floor, long cap) {

    public static final BudgetBidParams DEFAULTS = new BudgetBidParams(100_000_000, 1, 10_000_000);

    public BudgetBidParams {
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative, got " + budget);
        }
        if (floor < 1) {
            throw new IllegalArgumentException("floor must be at least 1, got " + floor);
        }
        if (cap < floor) {
            throw new IllegalArgumentException("cap must be at least floor (" + floor + "), got " + cap);
        }
    }
}
