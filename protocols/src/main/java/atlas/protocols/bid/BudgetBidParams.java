package atlas.protocols.bid;

/**
 * Parameters of {@link BudgetBid}.
 *
 * @param budget what the whole download may cost (default 100 BTT, an <i>assumption</i>)
 * @param floor the least price worth offering; below it the strategy stops
 *     bidding (default 1: any positive price)
 * @param cap the most it offers, however much budget is left (default 10 BTT
 *     per MiB, an <i>assumption</i>)
 */
public record BudgetBidParams(BttAmount budget, BttPerMiB floor, BttPerMiB cap) {

    public static final BudgetBidParams DEFAULTS = new BudgetBidParams(BttAmount.ofBtt(100), new BttPerMiB(1),
            BttPerMiB.ofBtt(10));

    public BudgetBidParams {
        if (budget == null || floor == null || cap == null) {
            throw new IllegalArgumentException("budget, floor and cap are required");
        }
        if (floor.baseUnits() < 1) {
            throw new IllegalArgumentException("floor must be at least 1, got " + floor);
        }
        if (cap.baseUnits() < floor.baseUnits()) {
            throw new IllegalArgumentException("cap must be at least floor (" + floor + "), got " + cap);
        }
    }
}
