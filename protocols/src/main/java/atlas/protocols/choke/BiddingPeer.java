package atlas.protocols.choke;

/**
 * A {@link ChokePeer} that may bid for our upload (BitTorrent Speed). A separate interface so
 * that peers of the plain protocol, and the callers that only implement {@link ChokePeer}, stay
 * as they are; {@link BidChoker} treats any other {@link ChokePeer} as bidding nothing.
 */
public interface BiddingPeer extends ChokePeer {

    /**
     * The price this peer currently offers for our data, BTT base units per MiB
     * ({@code atlas.protocols.bid}); 0 when it does not bid, when we do not earn, or when its
     * ledger says we may not serve it (over its credit limit), so that a paid slot is never wasted
     * on a peer we would refuse.
     */
    long bidPerMiB();
}
