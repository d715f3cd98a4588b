package atlas.protocols.peer;

import atlas.protocols.choke.BiddingPeer;
import atlas.protocols.choke.ConnectionHistory;
import atlas.protocols.choke.RemoteProgress;
import atlas.protocols.piece.Bitfield;
import atlas.protocols.piece.PeerRequests;
import atlas.protocols.rate.RateMeter;
import atlas.protocols.wire.PeerWireDecoder;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * One TCP connection to a remote peer: its socket buffers and the BEP 3 state both sides have
 * told each other (choking, interest, the remote's pieces), plus the requests it asked us to serve.
 * {@link PeerSockets} moves its bytes and {@link PeerProtocol} drives it; the
 * {@link atlas.protocols.choke.Choker} sees it as a {@link atlas.protocols.choke.ChokePeer}, as the
 * simulator's {@code Link} is seen.
 *
 * <p>Memory is bounded by the settings: the read buffer, the decoder's body buffer (at most the
 * longest message), the write queue (a peer that lets it grow past its cap is dropped) and the
 * serve queue (a fixed number of requests).
 */
final class PeerConnection extends ConnectionHistory implements RemoteProgress, BiddingPeer {

    /** Connecting, or waiting for the remote's handshake. */
    static final int HANDSHAKING = 0;
    /** Handshakes exchanged; the next message may be a BITFIELD. */
    static final int AWAITING_BITFIELD = 1;
    /** Bitfield known; every other message is allowed, a BITFIELD no longer is. */
    static final int ACTIVE = 2;

    private static final int READ_BUFFER_BYTES = 64 * 1024;

    final SocketChannel channel;
    final SocketAddress address;
    final boolean outgoing;
    SelectionKey key;
    final PeerWireDecoder decoder;
    final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    int state = HANDSHAKING;
    /** Why the connection is being closed, or null while it is usable; set once. */
    String closeReason;

    final long openedAt;
    long lastReceivedAt;
    long lastSentAt;
    /** The last time the write queue shrank, or was empty. */
    long lastWriteProgressAt;

    private final ArrayDeque<ByteBuffer> writeQueue = new ArrayDeque<>();
    private long queuedBytes;

    byte[] peerId;
    Bitfield remote;
    /** This connection's side of the piece download; null while we are a seed. */
    PeerRequests<PeerConnection> requests;
    /** Pieces this peer sent alone that failed their hash. */
    int hashFailures;
    /** BTT Speed state, when both ends set the BEP 10 bit and we take part; else null. */
    SpeedSession speed;

    boolean amChoking = true;
    boolean amInterested;
    boolean peerChoking = true;
    /** Bytes the {@link UploadShaper} lets us send, negative while a block overdrew it; unused without an upload limit. */
    double uploadCredit;

    // Requests the remote asked us to serve, oldest first, in a ring of fixed capacity.
    private final int[] servePiece;
    private final int[] serveBegin;
    private final int[] serveLength;
    private int serveHead;
    private int serveSize;

    PeerConnection(SocketChannel channel, SocketAddress address, boolean outgoing, int maxMessageLength,
                   int maxQueuedRequests, long now) {
        // Counted as connected from the handshake on (PeerProtocol records it); until then, from opening.
        super(now, RateMeter.MAINLINE_WINDOW_MICROS);
        this.channel = channel;
        this.address = address;
        this.outgoing = outgoing;
        this.decoder = new PeerWireDecoder(maxMessageLength, true);
        this.openedAt = now;
        this.lastReceivedAt = now;
        this.lastSentAt = now;
        this.lastWriteProgressAt = now;
        this.servePiece = new int[maxQueuedRequests];
        this.serveBegin = new int[maxQueuedRequests];
        this.serveLength = new int[maxQueuedRequests];
    }

    boolean isOpen() {
        return closeReason == null;
    }

    // ---- writing ---------------------------------------------------------------------------

    /** Queues {@code message} (position to limit) behind what is already queued. */
    void queue(ByteBuffer message, long now) {
        if (writeQueue.isEmpty()) {
            lastWriteProgressAt = now;
        }
        writeQueue.addLast(message);
        queuedBytes += message.remaining();
    }

    long queuedBytes() {
        return queuedBytes;
    }

    /** Writes what the socket takes now; true once the queue is empty. */
    boolean flush(long now) throws IOException {
        while (!writeQueue.isEmpty()) {
            ByteBuffer head = writeQueue.peekFirst();
            int written = channel.write(head);
            if (written > 0) {
                queuedBytes -= written;
                lastWriteProgressAt = now;
                lastSentAt = now;
            }
            if (head.hasRemaining()) {
                return false;
            }
            writeQueue.pollFirst();
        }
        lastWriteProgressAt = now;
        return true;
    }

    /** Bytes this connection holds in buffers now: what a remote peer can make us keep. */
    long memoryBytes() {
        return readBuffer.capacity() + decoder.bufferCapacity() + queuedBytes + 12L * servePiece.length;
    }

    // ---- serving the remote's requests -------------------------------------------------------

    /** Queues a request to serve; false when the queue is full. */
    boolean addServeRequest(int piece, int begin, int length) {
        if (serveSize == servePiece.length) {
            return false;
        }
        int tail = (serveHead + serveSize) % servePiece.length;
        servePiece[tail] = piece;
        serveBegin[tail] = begin;
        serveLength[tail] = length;
        serveSize++;
        return true;
    }

    /** A CANCEL: forgets the request if it is still waiting (a block already queued goes out anyway). */
    void cancelServeRequest(int piece, int begin, int length) {
        int n = servePiece.length;
        for (int i = 0; i < serveSize; i++) {
            int at = (serveHead + i) % n;
            if (servePiece[at] == piece && serveBegin[at] == begin && serveLength[at] == length) {
                for (int j = i; j < serveSize - 1; j++) {
                    int to = (serveHead + j) % n;
                    int from = (serveHead + j + 1) % n;
                    servePiece[to] = servePiece[from];
                    serveBegin[to] = serveBegin[from];
                    serveLength[to] = serveLength[from];
                }
                serveSize--;
                return;
            }
        }
    }

    int serveQueued() {
        return serveSize;
    }

    int servePiece() {
        return servePiece[serveHead];
    }

    int serveBegin() {
        return serveBegin[serveHead];
    }

    int serveLength() {
        return serveLength[serveHead];
    }

    void popServeRequest() {
        serveHead = (serveHead + 1) % servePiece.length;
        serveSize--;
    }

    /** BEP 3: choking a peer discards the requests it has made. */
    void clearServeRequests() {
        serveHead = 0;
        serveSize = 0;
    }

    // ---- ChokePeer: the rest is ConnectionHistory's. Upload weights apply under an upload limit,
    // which the UploadShaper shares by them; without one every unchoked peer gets what TCP gives it,
    // as in libtorrent, whose peer priorities also only split a rate limit.

    @Override
    public double remoteCompletion() {
        return remote == null ? 0 : (double) remote.count() / remote.size();
    }

    /** The remote's agreed price for our data, 0 without the extension or when we would hold its next block. */
    @Override
    public long bidPerMiB() {
        return speed == null ? 0 : speed.chokerBid();
    }

    @Override
    public String toString() {
        return "PeerConnection[" + address + (outgoing ? ", outgoing" : ", incoming") + "]";
    }
}
