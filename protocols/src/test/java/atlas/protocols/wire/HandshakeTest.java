package atlas.protocols.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The handshake matches BEP 3's 68-byte layout, carries BEP 10's bit in reserved[5] & 0x10, and a foreign protocol string is refused. */
class HandshakeTest {

    static final byte[] HASH = new byte[20];
    static final byte[] PEER_ID = "-AT0100-abcdefghijkl".getBytes(StandardCharsets.US_ASCII);

    static {
        for (int i = 0; i < 20; i++) {
            HASH[i] = (byte) (0xa0 + i);
        }
    }

    static final byte[] GOLDEN = WireBytes.of()
            .bytes(19) // pstrlen
            .ascii("BitTorrent protocol") // pstr
            .bytes(0, 0, 0, 0, 0, 0x10, 0, 0) // reserved: bit 20 from the right = BEP 10 extension protocol
            .bytes(0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, // info_hash
                    0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xb0, 0xb1, 0xb2, 0xb3)
            .ascii("-AT0100-abcdefghijkl") // peer_id, Azureus-style
            .build();

    @Test
    void ourHandshakeMatchesTheGoldenBytes() {
        Handshake h = Handshake.of(InfoHash.of(HASH), PEER_ID, true);
        assertEquals(Handshake.BYTES, GOLDEN.length);
        assertArrayEquals(GOLDEN, h.toBytes());
        assertTrue(h.supportsExtensions());
        assertFalse(Handshake.of(InfoHash.of(HASH), PEER_ID, false).supportsExtensions());
    }

    @Test
    void theHandshakeDecodesFromSingleBytes() {
        PeerWireDecoder decoder = new PeerWireDecoder(PeerWireDecoder.DEFAULT_MAX_MESSAGE_LENGTH, true);
        Handshake h = null;
        for (int i = 0; i < GOLDEN.length; i++) {
            assertNull(h, "complete before byte " + i);
            h = decoder.readHandshake(ByteBuffer.wrap(GOLDEN, i, 1));
        }
        assertEquals(Handshake.of(InfoHash.of(HASH), PEER_ID, true), h);
        assertArrayEquals(PEER_ID, h.peerId());
        assertTrue(decoder.handshakeRead());
    }

    @Test
    void unknownReservedBitsAreKept() {
        byte[] in = GOLDEN.clone();
        in[20 + 7] = 0x05; // Fast extension (0x04) and DHT (0x01) bits
        Handshake h = new PeerWireDecoder(1 << 10, true).readHandshake(ByteBuffer.wrap(in));
        assertArrayEquals(in, h.toBytes());
        assertEquals(0x05, h.reserved()[7]);
    }

    @Test
    void aForeignProtocolStringIsRefusedAndPoisonsTheStream() {
        byte[] in = GOLDEN.clone();
        in[1] = 'b';
        PeerWireDecoder decoder = new PeerWireDecoder(1 << 10, true);
        WireException e = assertThrows(WireException.class, () -> decoder.readHandshake(ByteBuffer.wrap(in)));
        assertTrue(e.getMessage().contains("not a BitTorrent handshake"), e.getMessage());
        assertThrows(WireException.class, () -> decoder.readHandshake(ByteBuffer.wrap(GOLDEN)));

        byte[] shortPstr = GOLDEN.clone();
        shortPstr[0] = 18;
        assertThrows(WireException.class,
                () -> new PeerWireDecoder(1 << 10, true).readHandshake(ByteBuffer.wrap(shortPstr)));
    }

    @Test
    void messagesBeforeTheHandshakeAreAProgrammingError() {
        PeerWireDecoder decoder = new PeerWireDecoder(1 << 10, true);
        assertThrows(IllegalStateException.class, () -> decoder.read(ByteBuffer.wrap(new byte[4])));
        decoder.readHandshake(ByteBuffer.wrap(GOLDEN));
        assertThrows(IllegalStateException.class, () -> decoder.readHandshake(ByteBuffer.wrap(GOLDEN)));
    }

    @Test
    void theHandshakeAndTheFirstMessagesMayArriveInOneRead() {
        byte[] stream = Arrays.copyOf(GOLDEN, GOLDEN.length + 9);
        System.arraycopy(new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 2}, 0, stream, GOLDEN.length, 9);
        ByteBuffer in = ByteBuffer.wrap(stream);
        PeerWireDecoder decoder = new PeerWireDecoder(1 << 10, true);
        decoder.readHandshake(in);
        assertEquals(new PeerMessage.KeepAlive(), decoder.read(in));
        assertEquals(PeerMessage.Signal.INTERESTED, decoder.read(in));
        assertNull(decoder.read(in));
        assertFalse(in.hasRemaining());
    }

    @Test
    void infoHashesCompareByContentAndPrintAsHex() {
        assertEquals(InfoHash.of(HASH), InfoHash.of(HASH.clone()));
        assertEquals("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3", InfoHash.of(HASH).toString());
        assertThrows(IllegalArgumentException.class, () -> InfoHash.of(new byte[19]));
    }
}
