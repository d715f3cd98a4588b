package atlas.protocols.bid;

/**
 * Never bids: the peer downloads by the plain BitTorrent protocol (BitTorrent Speed with its
 * toggle off, which stops bidding but not earning).
 */
public final class NoBid implements BidStrategy {

    @Override
    public long price(long now, double downloadRate, long bytesRemaining, long committed) {
        return 0;
    }
}
