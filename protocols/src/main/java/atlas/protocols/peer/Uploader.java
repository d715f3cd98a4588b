package atlas.protocols.peer;

import atlas.protocols.piece.Bitfield;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.WireException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Predicate;

/**
 * Serves the blocks a {@link TorrentPeer}'s remotes request (BEP 3): requests are queued only while
 * we unchoke the remote ({@link UploadSlots}), and a block is read from disk only while the
 * connection's write queue is short, so that the remote's reading paces us (back-pressure, as
 * libtorrent's {@code send_buffer_watermark}). With BTT Speed a request waits at the remote's
 * credit limit until it pays ({@link BttSpeed#mayServe}). Under an upload limit a block also waits
 * for its connection's share of the limit ({@link UploadShaper}), which {@link #refill} grants.
 */
final class Uploader {

    private static final int MESSAGE_HEADER = 13;

    private final PeerSockets sockets;
    private final PieceStorage storage;
    private final PeerSettings settings;
    private final Bitfield have;
    /** BTT Speed, or null for a peer of the plain protocol. */
    private final BttSpeed speed;
    /** The upload limit's sharing, or null without a limit. */
    private final UploadShaper shaper;
    private final Predicate<PeerConnection> readyToServe = this::readyToServe;
    private long bytesUploaded;

    Uploader(PeerSockets sockets, PieceStorage storage, PeerSettings settings, Bitfield have, BttSpeed speed,
             long now) {
        this.sockets = sockets;
        this.storage = storage;
        this.settings = settings;
        this.have = have;
        this.speed = speed;
        this.shaper = settings.uploadLimit() > 0 ? new UploadShaper(settings.uploadLimit(), now) : null;
    }

    long bytesUploaded() {
        return bytesUploaded;
    }

    /** A REQUEST or CANCEL for bytes of one piece. */
    void onRequest(PeerConnection c, PeerMessage.BlockRequest r, long now) throws IOException {
        if (r.isCancel()) {
            c.cancelServeRequest(r.piece(), r.begin(), r.length());
            return;
        }
        if (c.amChoking || !have.get(r.piece())) {
            return; // BEP 3: requests from a choked peer are dropped; one for a piece we lack cannot be served
        }
        if (!c.addServeRequest(r.piece(), r.begin(), r.length())) {
            throw new WireException("more than " + settings.maxQueuedRequests() + " requests queued");
        }
        serve(c, now);
    }

    /**
     * Reads requested blocks from disk while the write queue is short (the remote's reading paces
     * us), the remote's BTT Speed credit allows and, under an upload limit, the connection has credit.
     */
    void serve(PeerConnection c, long now) throws IOException {
        while (readyToServe(c) && (shaper == null || shaper.mayServe(c))) {
            int piece = c.servePiece();
            int begin = c.serveBegin();
            int length = c.serveLength();
            c.popServeRequest();
            ByteBuffer message = ByteBuffer.allocate(MESSAGE_HEADER + length);
            message.putInt(9 + length).put((byte) PeerMessage.PIECE).putInt(piece).putInt(begin);
            storage.read(piece, begin, message);
            c.recordSent(now, length);
            bytesUploaded += length;
            if (speed != null) {
                speed.onServed(c, length);
            }
            if (shaper != null) {
                shaper.onServed(c, length);
            }
            sockets.send(c, message.flip(), now);
        }
    }

    /**
     * Whether the connection has a block to send that nothing but an upload limit holds back: it is
     * unchoked with a request queued, its socket drains, and BTT Speed does not hold the request
     * at the remote's credit limit until a payment arrives.
     */
    private boolean readyToServe(PeerConnection c) {
        return c.isOpen() && !c.amChoking && c.serveQueued() > 0 && c.queuedBytes() < settings.serveBelowBytes()
                && (speed == null || speed.mayServe(c, c.serveLength()));
    }

    /** Whether an upload limit applies: then {@link #refill} must run every {@link UploadShaper#REFILL_MICROS}. */
    boolean isShaped() {
        return shaper != null;
    }

    /**
     * Grants {@code peers} their shares of the upload limit for the time since the last refill and
     * serves the blocks that the new credit lets out; a connection whose disk read fails is dropped.
     */
    void refill(List<PeerConnection> peers, long now) {
        shaper.refill(peers, readyToServe, now);
        for (int i = 0; i < peers.size(); i++) {
            PeerConnection c = peers.get(i);
            try {
                serve(c, now);
            } catch (IOException e) {
                sockets.fail(c, e.toString());
            }
        }
    }
}
