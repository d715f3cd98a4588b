package atlas.protocols.choke;

/**
 * What a {@link Choker} sees of one connected peer, and how it tells its decision. The caller (a
 * simulated or a real peer session) implements it per connection and sends CHOKE or UNCHOKE when
 * {@link #isChoked()} changes across a round. Times are microseconds on the caller's clock.
 */
public interface ChokePeer {

    /** Whether the remote peer has told us it is interested in our pieces. */
    boolean isInterested();

    /** Whether we currently choke this peer. */
    boolean isChoked();

    /** Chokes this peer: it gets none of our upload. */
    void choke();

    /**
     * Unchokes this peer with a relative share of our upload bandwidth; 1.0 is an equal share
     * among the unchoked. Proportional-share chokers pass other weights.
     */
    void unchoke(double uploadWeight);

    /** When the connection was established. */
    long connectedAt();

    /** When we last unchoked this peer, or {@link Long#MIN_VALUE} if never. */
    long lastUnchokedAt();

    /** When we last received a data block from this peer, or {@link Long#MIN_VALUE} if never. */
    long lastBlockReceivedAt();

    /** Bytes per second we receive from this peer, over the rate meter's rolling window. */
    double downloadRate(long now);

    /** Bytes per second we send to this peer, over the rate meter's rolling window. */
    double uploadRate(long now);

    /** Total payload bytes received from this peer since the connection was established. */
    long bytesReceived();
}
