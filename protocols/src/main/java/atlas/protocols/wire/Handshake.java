package atlas.protocols.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The BEP 3 handshake, 68 bytes: pstrlen 19, "BitTorrent protocol", 8 reserved bytes, the
 * info-hash and the sender's 20-byte peer id. Reserved bits we do not know are kept as received.
 * Bit 20 counting from the right (reserved byte 5, mask 0x10) announces the extension protocol
 * (BEP 10).
 */
public final class Handshake {

    /** Bytes of a handshake on the wire. */
    public static final int BYTES = 68;

    public static final int PEER_ID_BYTES = 20;

    static final byte[] PROTOCOL = "BitTorrent protocol".getBytes(StandardCharsets.US_ASCII);

    private static final int EXTENSION_BYTE = 5;
    private static final int EXTENSION_MASK = 0x10;

    private final byte[] reserved;
    private final InfoHash infoHash;
    private final byte[] peerId;

    /** A handshake with the given reserved bytes (8) and peer id (20), both copied. */
    public Handshake(byte[] reserved, InfoHash infoHash, byte[] peerId) {
        if (reserved.length != 8 || peerId.length != PEER_ID_BYTES) {
            throw new IllegalArgumentException("reserved takes 8 bytes and a peer id 20, got " + reserved.length
                    + " and " + peerId.length);
        }
        this.reserved = reserved.clone();
        this.infoHash = infoHash;
        this.peerId = peerId.clone();
    }

    /** Our handshake: no reserved bits set except, if {@code extensions}, BEP 10's. */
    public static Handshake of(InfoHash infoHash, byte[] peerId, boolean extensions) {
        byte[] reserved = new byte[8];
        if (extensions) {
            reserved[EXTENSION_BYTE] = EXTENSION_MASK;
        }
        return new Handshake(reserved, infoHash, peerId);
    }

    /** Reads the 68 bytes at {@code in}'s position; throws if the protocol string is not BEP 3's. */
    static Handshake read(ByteBuffer in) {
        int pstrlen = in.get() & 0xff;
        byte[] pstr = new byte[PROTOCOL.length];
        in.get(pstr);
        if (pstrlen != PROTOCOL.length || !Arrays.equals(pstr, PROTOCOL)) {
            throw new WireException("not a BitTorrent handshake: protocol string length " + pstrlen + ", \""
                    + new String(pstr, StandardCharsets.ISO_8859_1) + "\"");
        }
        byte[] reserved = new byte[8];
        byte[] hash = new byte[InfoHash.BYTES];
        byte[] peerId = new byte[PEER_ID_BYTES];
        in.get(reserved).get(hash).get(peerId);
        return new Handshake(reserved, InfoHash.of(hash), peerId);
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(BYTES).put((byte) PROTOCOL.length).put(PROTOCOL).put(reserved)
                .put(infoHash.bytes()).put(peerId).array();
    }

    /** Whether the sender speaks the extension protocol (BEP 10). */
    public boolean supportsExtensions() {
        return (reserved[EXTENSION_BYTE] & EXTENSION_MASK) != 0;
    }

    public byte[] reserved() {
        return reserved.clone();
    }

    public InfoHash infoHash() {
        return infoHash;
    }

    public byte[] peerId() {
        return peerId.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Handshake h && Arrays.equals(h.reserved, reserved) && h.infoHash.equals(infoHash)
                && Arrays.equals(h.peerId, peerId);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(reserved) + infoHash.hashCode()) + Arrays.hashCode(peerId);
    }

    @Override
    public String toString() {
        return "Handshake[" + infoHash + ", extensions=" + supportsExtensions() + "]";
    }
}
