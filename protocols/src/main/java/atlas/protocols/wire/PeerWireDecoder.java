package atlas.protocols.wire;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads the peer wire protocol (BEP 3) from bytes as they arrive, in chunks of any size: first
 * the handshake, then length-prefixed messages. A pull state machine: each call consumes what it
 * can from the buffer and returns a complete handshake or message, or null when it needs more
 * bytes; the caller loops until null, then reads from the socket again.
 *
 * <p>Memory is bounded: a message may not claim more than the maximum length (a negative length,
 * read as unsigned, exceeds it too), and the body buffer grows only as the body's bytes actually
 * arrive, doubling from 4 KiB, so a peer that claims a large message and then stalls costs little.
 * The buffer is kept for the next message and never exceeds the maximum length. After a
 * {@link WireException} the stream is out of frame and every later call throws: close the
 * connection. Not thread-safe; one per connection.
 */
public final class PeerWireDecoder {

    /**
     * Default longest message, prefix excluded: 1 MiB, room for a 128 KiB block (libtorrent's
     * largest request) or the bitfield of 8 million pieces.
     */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 1 << 20;

    private static final int INITIAL_BODY_CAPACITY = 4096;

    private final int maxMessageLength;
    private final byte[] prefix = new byte[Handshake.BYTES];
    private byte[] body = new byte[0];
    private boolean handshakeRead;
    private boolean failed;
    /** Bytes of the current prefix (handshake or length) or body collected so far. */
    private int collected;
    /** Body length of the current message, or -1 while its length prefix is incomplete. */
    private int length = -1;

    /**
     * @param maxMessageLength longest message accepted, length prefix excluded
     * @param expectHandshake whether the stream starts with a handshake; false to read messages only
     */
    public PeerWireDecoder(int maxMessageLength, boolean expectHandshake) {
        if (maxMessageLength < 13) {
            throw new IllegalArgumentException("the maximum must hold a request (13 bytes), got " + maxMessageLength);
        }
        this.maxMessageLength = maxMessageLength;
        this.handshakeRead = !expectHandshake;
    }

    /** Whether the handshake has been read (or none was expected). */
    public boolean handshakeRead() {
        return handshakeRead;
    }

    /** The handshake once its 68 bytes have arrived, else null. Call until the handshake is read. */
    public Handshake readHandshake(ByteBuffer in) {
        checkUsable();
        if (handshakeRead) {
            throw new IllegalStateException("the handshake was already read");
        }
        if (!fill(prefix, Handshake.BYTES, in)) {
            return null;
        }
        collected = 0;
        try {
            Handshake h = Handshake.read(ByteBuffer.wrap(prefix));
            handshakeRead = true;
            return h;
        } catch (WireException e) {
            failed = true;
            throw e;
        }
    }

    /** The next complete message, or null when {@code in} ran out first. */
    public PeerMessage read(ByteBuffer in) {
        checkUsable();
        if (!handshakeRead) {
            throw new IllegalStateException("read the handshake first");
        }
        try {
            return next(in);
        } catch (WireException e) {
            failed = true;
            throw e;
        }
    }

    /** Bytes currently held for message bodies; never above the maximum message length. */
    public int bufferCapacity() {
        return body.length;
    }

    private PeerMessage next(ByteBuffer in) {
        if (length < 0) {
            if (!fill(prefix, 4, in)) {
                return null;
            }
            collected = 0;
            int claimed = ((prefix[0] & 0xff) << 24) | ((prefix[1] & 0xff) << 16) | ((prefix[2] & 0xff) << 8)
                    | (prefix[3] & 0xff);
            if (claimed < 0 || claimed > maxMessageLength) {
                throw new WireException("message length " + Integer.toUnsignedString(claimed) + " exceeds the maximum "
                        + maxMessageLength);
            }
            if (claimed == 0) {
                return PeerMessage.KeepAlive.INSTANCE;
            }
            length = claimed;
            if (body.length < Math.min(length, INITIAL_BODY_CAPACITY)) {
                body = new byte[Math.min(maxMessageLength, INITIAL_BODY_CAPACITY)];
            }
        }
        while (collected < length && in.hasRemaining()) {
            if (collected == body.length) {
                // Grow only once the bytes are here: a claimed length alone buys no memory.
                body = Arrays.copyOf(body, (int) Math.min(length, 2L * body.length));
            }
            int n = Math.min(in.remaining(), Math.min(length, body.length) - collected);
            in.get(body, collected, n);
            collected += n;
        }
        if (collected < length) {
            return null;
        }
        int bodyLength = length;
        length = -1;
        collected = 0;
        return MessageParser.parse(body, bodyLength);
    }

    /** Copies into {@code target} until it holds {@code needed} bytes; true once it does. */
    private boolean fill(byte[] target, int needed, ByteBuffer in) {
        int n = Math.min(in.remaining(), needed - collected);
        in.get(target, collected, n);
        collected += n;
        return collected == needed;
    }

    private void checkUsable() {
        if (failed) {
            throw new WireException("the stream failed to decode earlier and is out of frame");
        }
    }
}
