package atlas.protocols.wire;

import atlas.protocols.piece.Bitfield;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A message of the BEP 3 peer wire protocol after the handshake: a 4-byte big-endian length, then
 * (unless the length is 0, a keep-alive) a one-byte id and the payload. Each message knows its
 * encoding; {@link PeerWireDecoder} reads them. Integers are 4-byte big-endian; piece indices,
 * offsets and lengths must be below 2^31. Message ids: 0 choke, 1 unchoke, 2 interested, 3 not
 * interested, 4 have, 5 bitfield, 6 request, 7 piece, 8 cancel, 9 port (BEP 5), 20 extended
 * (BEP 10).
 */
public sealed interface PeerMessage {

    int CHOKE = 0;
    int UNCHOKE = 1;
    int INTERESTED = 2;
    int NOT_INTERESTED = 3;
    int HAVE = 4;
    int BITFIELD = 5;
    int REQUEST = 6;
    int PIECE = 7;
    int CANCEL = 8;
    int PORT = 9;
    int EXTENDED = 20;

    /** Bytes on the wire, the length prefix included. */
    int wireLength();

    /** Appends the message, length prefix first. */
    void writeTo(ByteBuffer out);

    /** The message as bytes. */
    default byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(wireLength());
        writeTo(out);
        return out.array();
    }

    /** Length 0, no id: keeps an idle connection open. */
    record KeepAlive() implements PeerMessage {
        /** The one instance the decoder returns; all keep-alives are equal anyway. */
        public static final KeepAlive INSTANCE = new KeepAlive();

        @Override
        public int wireLength() {
            return 4;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(0);
        }
    }

    /** A message that is its id alone: choke, unchoke, interested or not interested. */
    record Signal(int id) implements PeerMessage {
        public static final Signal CHOKE = new Signal(PeerMessage.CHOKE);
        public static final Signal UNCHOKE = new Signal(PeerMessage.UNCHOKE);
        public static final Signal INTERESTED = new Signal(PeerMessage.INTERESTED);
        public static final Signal NOT_INTERESTED = new Signal(PeerMessage.NOT_INTERESTED);

        private static final Signal[] BY_ID = {CHOKE, UNCHOKE, INTERESTED, NOT_INTERESTED};

        public Signal {
            checkId(id);
        }

        /** The shared instance for id 0..3, so that decoding the commonest messages allocates nothing. */
        public static Signal of(int id) {
            checkId(id);
            return BY_ID[id];
        }

        private static void checkId(int id) {
            if (id < PeerMessage.CHOKE || id > PeerMessage.NOT_INTERESTED) {
                throw new IllegalArgumentException("ids 0-3 carry no payload; " + id + " does");
            }
        }

        @Override
        public int wireLength() {
            return 5;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(1).put((byte) id);
        }
    }

    /** The sender has verified piece {@code piece}. */
    record Have(int piece) implements PeerMessage {
        public Have {
            requireIndex(piece, "piece");
        }

        @Override
        public int wireLength() {
            return 9;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(5).put((byte) HAVE).putInt(piece);
        }
    }

    /**
     * The sender's pieces, piece 0 in the high bit of byte 0, sent only right after the handshake.
     * Its size is checked against the torrent's piece count by {@link #toBitfield}, since the
     * decoder does not know the torrent.
     */
    record BitfieldMessage(byte[] bits) implements PeerMessage {
        public BitfieldMessage {
            bits = bits.clone();
        }

        public static BitfieldMessage of(Bitfield pieces) {
            return new BitfieldMessage(pieces.toBytes());
        }

        /** The pieces of a torrent of {@code pieceCount} pieces; a wrong length or spare bits set are a protocol error. */
        public Bitfield toBitfield(int pieceCount) {
            try {
                return Bitfield.fromBytes(bits, pieceCount);
            } catch (IllegalArgumentException e) {
                throw new WireException("bad bitfield: " + e.getMessage(), e);
            }
        }

        @Override
        public byte[] bits() {
            return bits.clone();
        }

        @Override
        public int wireLength() {
            return 5 + bits.length;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(1 + bits.length).put((byte) BITFIELD).put(bits);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BitfieldMessage m && Arrays.equals(m.bits, bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            return "BitfieldMessage[" + bits.length + " bytes]";
        }
    }

    /**
     * A block request ({@code id} {@link PeerMessage#REQUEST}) or its withdrawal
     * ({@link PeerMessage#CANCEL}): same three fields, so one record.
     */
    record BlockRequest(int id, int piece, int begin, int length) implements PeerMessage {
        public BlockRequest {
            if (id != REQUEST && id != CANCEL) {
                throw new IllegalArgumentException("a block request is id 6 or 8, not " + id);
            }
            requireIndex(piece, "piece");
            requireIndex(begin, "begin");
            requireIndex(length, "length");
        }

        public static BlockRequest request(int piece, int begin, int length) {
            return new BlockRequest(REQUEST, piece, begin, length);
        }

        public static BlockRequest cancel(int piece, int begin, int length) {
            return new BlockRequest(CANCEL, piece, begin, length);
        }

        public boolean isCancel() {
            return id == CANCEL;
        }

        @Override
        public int wireLength() {
            return 17;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(13).put((byte) id).putInt(piece).putInt(begin).putInt(length);
        }
    }

    /**
     * A block of data: {@link #blockLength()} bytes of piece {@link #piece()} from offset
     * {@link #begin()}. A class rather than a record so that the decoder hands over the block it
     * has just copied out of its buffer without copying it again: blocks are the bulk of the traffic.
     */
    final class Piece implements PeerMessage {
        private final int piece;
        private final int begin;
        private final byte[] block;

        private Piece(int piece, int begin, byte[] block) {
            requireIndex(piece, "piece");
            requireIndex(begin, "begin");
            this.piece = piece;
            this.begin = begin;
            this.block = block;
        }

        /** A piece message carrying a copy of {@code block}. */
        public static Piece of(int piece, int begin, byte[] block) {
            return new Piece(piece, begin, block.clone());
        }

        /** Takes {@code block} without copying; the caller must not touch it again. */
        static Piece wrap(int piece, int begin, byte[] block) {
            return new Piece(piece, begin, block);
        }

        public int piece() {
            return piece;
        }

        public int begin() {
            return begin;
        }

        /** A copy of the block. */
        public byte[] block() {
            return block.clone();
        }

        /** Bytes of the block, without copying it. */
        public int blockLength() {
            return block.length;
        }

        /** Copies the block into {@code out}: to disk or a hash without an intermediate array. */
        public void copyBlockTo(ByteBuffer out) {
            out.put(block);
        }

        @Override
        public int wireLength() {
            return 13 + block.length;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(9 + block.length).put((byte) PIECE).putInt(piece).putInt(begin).put(block);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Piece p && p.piece == piece && p.begin == begin && Arrays.equals(p.block, block);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * piece + begin) + Arrays.hashCode(block);
        }

        @Override
        public String toString() {
            return "Piece[piece=" + piece + ", begin=" + begin + ", " + block.length + " bytes]";
        }
    }

    /** The sender's DHT port (BEP 5), 0..65535. */
    record Port(int port) implements PeerMessage {
        public Port {
            if (port < 0 || port > 0xffff) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }

        @Override
        public int wireLength() {
            return 7;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(3).put((byte) PORT).putShort((short) port);
        }
    }

    /**
     * A BEP 10 extension message: id 20, then the extended message id (0 for the extended handshake,
     * otherwise the id the receiver assigned in its handshake) and the extension's payload.
     */
    record Extended(int extendedId, byte[] payload) implements PeerMessage {
        public Extended {
            if (extendedId < 0 || extendedId > 0xff) {
                throw new IllegalArgumentException("extended id out of range: " + extendedId);
            }
            payload = payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        @Override
        public int wireLength() {
            return 6 + payload.length;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(2 + payload.length).put((byte) EXTENDED).put((byte) extendedId).put(payload);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Extended e && e.extendedId == extendedId && Arrays.equals(e.payload, payload);
        }

        @Override
        public int hashCode() {
            return 31 * extendedId + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "Extended[id=" + extendedId + ", " + payload.length + " bytes]";
        }
    }

    /**
     * A well-framed message with an id we do not implement (the Fast extension's 13-17, say). The
     * decoder reports it rather than failing, so the connection decides whether to ignore it or
     * drop the peer.
     */
    record Unknown(int id, byte[] payload) implements PeerMessage {
        public Unknown {
            if (id < 0 || id > 0xff || id <= PORT || id == EXTENDED) {
                throw new IllegalArgumentException("not an unknown message id: " + id);
            }
            payload = payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        @Override
        public int wireLength() {
            return 5 + payload.length;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.putInt(1 + payload.length).put((byte) id).put(payload);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Unknown u && u.id == id && Arrays.equals(u.payload, payload);
        }

        @Override
        public int hashCode() {
            return 31 * id + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "Unknown[id=" + id + ", " + payload.length + " bytes]";
        }
    }

    private static void requireIndex(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be in [0, 2^31), got " + value);
        }
    }
}
