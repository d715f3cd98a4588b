package atlas.protocols.choke;

/**
 * How {@link BidChoker} shows a winning bidder to its inner mainline choker: as the best candidate
 * by every key those chokers rank by, so that the inner choker keeps it unchoked in one of its
 * slots and fills the others by its own rules. To {@link MainlineChoker} it is interested, never
 * snubbed (a block "just now") and infinitely fast, so it takes a regular slot; to
 * {@link MainlineSeedChoker} it is unchoked "just now" with an infinite upload rate, so it is kept
 * ahead of every rotation. Choke decisions and everything else pass through to the real peer.
 * One instance per paid slot, re-pointed at each round's winner.
 */
final class PaidSlotPeer implements ChokePeer {

    private ChokePeer peer;
    private long now;

    PaidSlotPeer show(ChokePeer winner, long roundTime) {
        this.peer = winner;
        this.now = roundTime;
        return this;
    }

    /** Drops the reference to the winner, so that a departed peer is not kept alive. */
    void release() {
        peer = null;
    }

    @Override
    public boolean isInterested() {
        return true;
    }

    @Override
    public boolean isChoked() {
        return false;
    }

    @Override
    public void choke() {
        peer.choke();
    }

    @Override
    public void unchoke(double uploadWeight) {
        peer.unchoke(uploadWeight);
    }

    @Override
    public long connectedAt() {
        return peer.connectedAt();
    }

    @Override
    public long lastUnchokedAt() {
        return now;
    }

    @Override
    public long lastBlockReceivedAt() {
        return now;
    }

    @Override
    public double downloadRate(long at) {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double uploadRate(long at) {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public long bytesReceived() {
        return peer.bytesReceived();
    }
}
