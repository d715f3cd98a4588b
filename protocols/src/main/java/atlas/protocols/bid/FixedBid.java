package atlas.protocols.bid;

/** Offers the same price until the download completes, whatever it has cost so far. */
public final class FixedBid implements BidStrategy {

    private final long price;

    public FixedBid(FixedBidParams params) {
        this.price = params.price().baseUnits();
    }

    @Override
    public long price(long now, double downloadRate, long bytesRemaining, long committed) {
        return bytesRemaining > 0 ? price : 0;
    }
}
