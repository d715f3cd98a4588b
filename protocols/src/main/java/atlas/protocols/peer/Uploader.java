package atlas.protocols.peer;

import atlas.protocols.piece.Bitfield;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.WireException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Serves the blocks a {@link TorrentPeer}'s remotes request (BEP 3): requests are queued only while
 * we unchoke the remote ({@link UploadSlots}), and a block is read from disk only while the
 * connection's write queue is short, so that the remote's reading paces us (back-pressure, as
 * libtorrent's {@code send_buffer_watermark}). With BTT Speed a request waits at the remote's
 * credit limit until it pays ({@link BttSpeed#mayServe}).
 */
final class Uploader {

    private static final int MESSAGE_HEADER = 13;

    private final PeerSockets sockets;
    private final PieceStorage storage;
    private final PeerSettings settings;
    private final Bitfield have;
    /** BTT Speed, or null for a peer of the plain protocol. */
    private final BttSpeed speed;
    private long bytesUploaded;

    Uploader(PeerSockets sockets, PieceStorage storage, PeerSettings settings, Bitfield have, BttSpeed speed) {
        this.sockets = sockets;
        this.storage = storage;
        this.settings = settings;
        this.have = have;
        this.speed = speed;
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

    /** Reads requested blocks from disk while the write queue is short: the remote's reading paces us. */
    void serve(PeerConnection c, long now) throws IOException {
        while (c.isOpen() && !c.amChoking && c.serveQueued() > 0 && c.queuedBytes() < settings.serveBelowBytes()) {
            int piece = c.servePiece();
            int begin = c.serveBegin();
            int length = c.serveLength();
            if (speed != null && !speed.mayServe(c, length)) {
                return; // held at the credit limit until a payment arrives
            }
            c.popServeRequest();
            ByteBuffer message = ByteBuffer.allocate(MESSAGE_HEADER + length);
            message.putInt(9 + length).put((byte) PeerMessage.PIECE).putInt(piece).putInt(begin);
            storage.read(piece, begin, message);
            c.recordSent(now, length);
            bytesUploaded += length;
            if (speed != null) {
                speed.onServed(c, length);
            }
            sockets.send(c, message.flip(), now);
        }
    }
}
