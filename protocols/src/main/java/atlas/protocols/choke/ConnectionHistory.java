package atlas.protocols.choke;

import atlas.protocols.rate.RateMeter;

/**
 * What a choker knows of one connection besides interest: when it opened, when we last unchoked
 * the peer, when it last sent us a block, how much it sent, and the rates both ways (mainline's
 * {@code Connecter}/{@code Upload}/{@code Download} keep the same figures). A client's connection
 * class extends it and records the events; the simulator's and the real peer's do.
 */
public abstract class ConnectionHistory implements ChokePeer {

    private long connectedAt;
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

    /** We unchoked the peer. */
    public final void recordUnchoked(long now) {
        lastUnchokedAt = now;
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
