package atlas.protocols.choke;

import atlas.protocols.rate.RateMeter;

/**
 * What a choker reads and decides for one connection: whether the peer is interested, when the
 * connection opened, when we last unchoked the peer, when it last sent us a block, how much it
 * sent, the rates both ways (mainline's {@code Connecter}/{@code Upload}/{@code Download} keep the
 * same figures), and this round's decision with its upload weight, which the client applies after
 * the round. A client's connection class extends it and records the events; the simulator's and
 * the real peer's do.
 */
public abstract class ConnectionHistory implements ChokePeer {

    private long connectedAt;
    private boolean peerInterested;
    private boolean chokeDecision = true;
    private double uploadWeight = 1.0;
    private long lastUnchokedAt = Long.MIN_VALUE;
    private long lastBlockReceivedAt = Long.MIN_VALUE;
    private long bytesReceived;
    private final RateMeter downloadMeter;
    private final RateMeter uploadMeter;

    /** @param rateWindowMicros the window of both rate meters */
    protected ConnectionHistory(long connectedAt, long rateWindowMicros) {
        this.connectedAt = connectedAt;
        this.downloadMeter = new RateMeter(rateWindowMicros);
        this.uploadMeter = new RateMeter(rateWindowMicros);
    }

    /** The connection counts as open from {@code now} (a real client: once the handshake is done). */
    public final void recordConnected(long now) {
        connectedAt = now;
    }

    /** A block of {@code bytes} arrived from the peer. */
    public final void recordReceived(long now, long bytes) {
        bytesReceived += bytes;
        downloadMeter.record(now, bytes);
        lastBlockReceivedAt = now;
    }

    /** A block of {@code bytes} went to the peer. */
    public final void recordSent(long now, long bytes) {
        uploadMeter.record(now, bytes);
    }

    /** The peer said INTERESTED ({@code true}) or NOT INTERESTED. */
    public final void recordInterest(boolean interested) {
        peerInterested = interested;
    }

    /** We unchoked the peer. */
    public final void recordUnchoked(long now) {
        lastUnchokedAt = now;
    }

    @Override
    public final boolean isInterested() {
        return peerInterested;
    }

    /** This round's decision: whether the choker wants the peer choked. */
    @Override
    public final boolean isChoked() {
        return chokeDecision;
    }

    @Override
    public final void choke() {
        chokeDecision = true;
    }

    @Override
    public final void unchoke(double weight) {
        chokeDecision = false;
        uploadWeight = weight;
    }

    /** The share of our upload the choker gave the peer with its last unchoke (1 by default). */
    public final double uploadWeight() {
        return uploadWeight;
    }

    @Override
    public final long connectedAt() {
        return connectedAt;
    }

    @Override
    public final long lastUnchokedAt() {
        return lastUnchokedAt;
    }

    @Override
    public final long lastBlockReceivedAt() {
        return lastBlockReceivedAt;
    }

    @Override
    public final double downloadRate(long now) {
        return downloadMeter.rate(now);
    }

    @Override
    public final double uploadRate(long now) {
        return uploadMeter.rate(now);
    }

    @Override
    public final long bytesReceived() {
        return bytesReceived;
    }
}
