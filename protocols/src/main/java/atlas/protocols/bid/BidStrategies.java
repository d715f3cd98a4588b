package atlas.protocols.bid;

import atlas.protocols.PolicyRegistry;

/**
 * The bid strategies a scenario can name ({@code incentives.bid}). Adding one is a class, its
 * parameter record and one line here.
 */
public final class BidStrategies {

    public static final PolicyRegistry<BidStrategy> REGISTRY = new PolicyRegistry<BidStrategy>("bid strategy")
            .register("none", NoBidParams.DEFAULTS, params -> new NoBid())
            .register("fixed", FixedBidParams.DEFAULTS, FixedBid::new)
            .register("budget", BudgetBidParams.DEFAULTS, BudgetBid::new)
            .register("auto", AutoBidParams.DEFAULTS, AutoBid::new)
            .register("value-of-time", ValueOfTimeBidParams.DEFAULTS, ValueOfTimeBid::new);

    private BidStrategies() {
    }
}
