package atlas.protocols.bid;

/**
 * Spreads a total budget over the download: the price is what is left of the budget divided by
 * what is left of the download, {@code (budget - committed) / bytesRemaining} per MiB, rounded down
 * and held under {@code cap}. If that falls below {@code floor} it stops bidding rather than
 * offer the floor, because paying the floor for the rest would overspend.
 *
 * <p>It never overspends when every byte is charged at the price in force when it was delivered:
 * between two calls at most {@code bytesRemaining} bytes arrive at price {@code p}, costing at most
 * {@code p * bytesRemaining / MiB <= budget - committed}, so {@code committed} stays within the
 * budget by induction. (Endgame duplicates, which the caller should not pay for twice, are the
 * only way to receive more than {@code bytesRemaining}.)
 */
public final class BudgetBid implements BidStrategy {

    private final long budget;
    private final long floor;
    private final long cap;

    public BudgetBid(BudgetBidParams params) {
        this.budget = params.budget().baseUnits();
        this.floor = params.floor().baseUnits();
        this.cap = params.cap().baseUnits();
    }

    @Override
    public long price(long now, double downloadRate, long bytesRemaining, long committed) {
        long left = budget - committed;
        if (bytesRemaining <= 0 || left <= 0) {
            return 0;
        }
        long price = Math.min(cap, Prices.affordable(left, bytesRemaining));
        return price >= floor ? price : 0;
    }
}
