package atlas.protocols.choke;

/** A {@link FakePeer} that bids what a test sets; 0 is no bid. */
final class FakeBidder extends FakePeer implements BiddingPeer {

    long bid;

    FakeBidder(Builder builder, long bid) {
        super(builder);
        this.bid = bid;
    }

    @Override
    public long bidPerMiB() {
        return bid;
    }
}
