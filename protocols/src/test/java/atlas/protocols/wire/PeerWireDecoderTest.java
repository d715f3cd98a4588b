package atlas.protocols.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.piece.Bitfield;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile framing (oversized, negative or wrong-sized lengths) is refused, and a large claimed length buys no memory until its bytes arrive. */
class PeerWireDecoderTest {

    private static final int MAX = 1 << 16;

    private static PeerWireDecoder decoder() {
        return new PeerWireDecoder(MAX, false);
    }

    private static byte[] hex(String hex) {
        String h = hex.replace(" ", "");
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "00010001 00|length 65537 exceeds the maximum 65536",
        "ffffffff 00|length 4294967295 exceeds the maximum",
        "80000000 00|length 2147483648 exceeds the maximum",
        "00000002 00 00|id 0 has length 1, got 2",
        "00000004 04 000001|id 4 has length 5, got 4",
        "0000000e 06 00000001 00000000 00004000 00|id 6 has length 13, got 14",
        "0000000c 08 00000001 00000000 000040|id 8 has length 13, got 12",
        "00000005 04 80000000|piece 2147483648 is not below 2^31",
        "0000000d 06 00000001 ffffffff 00004000|begin 4294967295 is not below 2^31",
        "00000008 07 00000001 000000|at least 9 bytes",
        "00000002 09 1a|id 9 has length 3, got 2",
        "00000001 14|an extended message needs an extended id",
    })
    void malformedFramesAreRefused(String frame, String reason) {
        WireException e = assertThrows(WireException.class, () -> decoder().read(ByteBuffer.wrap(hex(frame))));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void unknownIdsAreReportedWithTheirPayload() {
        PeerMessage m = decoder().read(ByteBuffer.wrap(hex("00000003 ff abcd")));
        assertEquals(new PeerMessage.Unknown(0xff, new byte[] {(byte) 0xab, (byte) 0xcd}), m);
    }

    @Test
    void aClaimedLengthBuysNoMemoryUntilTheBytesArrive() {
        PeerWireDecoder decoder = decoder();
        assertNull(decoder.read(ByteBuffer.wrap(hex("00010000 07 00000000"))));
        assertTrue(decoder.bufferCapacity() <= 4096, "capacity " + decoder.bufferCapacity());
        // The rest of the body: begin 0 and a block of zeros.
        PeerMessage.Piece piece = (PeerMessage.Piece) decoder.read(ByteBuffer.allocate(MAX - 5));
        assertEquals(MAX - 9, piece.blockLength());
        assertEquals(MAX, decoder.bufferCapacity());
    }

    @Test
    void afterAnErrorEveryCallFails() {
        PeerWireDecoder decoder = decoder();
        assertThrows(WireException.class, () -> decoder.read(ByteBuffer.wrap(hex("ffffffff"))));
        WireException e = assertThrows(WireException.class, () -> decoder.read(ByteBuffer.wrap(hex("00000000"))));
        assertTrue(e.getMessage().contains("out of frame"), e.getMessage());
    }

    @Test
    void aBitfieldIsCheckedAgainstThePieceCountWhenRead() {
        PeerMessage.BitfieldMessage m = (PeerMessage.BitfieldMessage) decoder().read(ByteBuffer.wrap(hex("00000003 05 ff c0")));
        assertEquals(Bitfield.full(10), m.toBitfield(10));
        assertThrows(WireException.class, () -> m.toBitfield(9)); // spare bit set
        assertThrows(WireException.class, () -> m.toBitfield(17)); // wrong length
    }

    @Test
    void theMaximumMustHoldARequest() {
        assertThrows(IllegalArgumentException.class, () -> new PeerWireDecoder(12, false));
    }
}
