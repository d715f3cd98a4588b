package atlas.protocols.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.protocols.piece.Bitfield;
import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every BEP 3 message (and the BEP 10 envelope) encodes to, and decodes from, its exact bytes on the wire. */
class PeerMessageGoldenTest {

    static Stream<Arguments> messages() {
        Bitfield pieces = new Bitfield(12);
        pieces.set(0);
        pieces.set(9);
        pieces.set(11);
        return Stream.of(
                Arguments.of("keep-alive", new PeerMessage.KeepAlive(), WireBytes.of()
                        .bytes(0, 0, 0, 0) // length 0, no id
                        .build()),
                Arguments.of("choke", PeerMessage.Signal.CHOKE, WireBytes.of()
                        .bytes(0, 0, 0, 1) // length 1
                        .bytes(0) // id 0 choke
                        .build()),
                Arguments.of("unchoke", PeerMessage.Signal.UNCHOKE, WireBytes.of()
                        .bytes(0, 0, 0, 1) // length 1
                        .bytes(1) // id 1 unchoke
                        .build()),
                Arguments.of("interested", PeerMessage.Signal.INTERESTED, WireBytes.of()
                        .bytes(0, 0, 0, 1) // length 1
                        .bytes(2) // id 2 interested
                        .build()),
                Arguments.of("not interested", PeerMessage.Signal.NOT_INTERESTED, WireBytes.of()
                        .bytes(0, 0, 0, 1) // length 1
                        .bytes(3) // id 3 not interested
                        .build()),
                Arguments.of("have", new PeerMessage.Have(0x01020304), WireBytes.of()
                        .bytes(0, 0, 0, 5) // length 5
                        .bytes(4) // id 4 have
                        .bytes(1, 2, 3, 4) // piece index 0x01020304
                        .build()),
                Arguments.of("bitfield", PeerMessage.BitfieldMessage.of(pieces), WireBytes.of()
                        .bytes(0, 0, 0, 3) // length 3
                        .bytes(5) // id 5 bitfield
                        .bytes(0b1000_0000) // pieces 0-7: piece 0 in the high bit
                        .bytes(0b0101_0000) // pieces 8-11: 9 and 11; four spare bits zero
                        .build()),
                Arguments.of("request", PeerMessage.BlockRequest.request(7, 0x4000, 0x4000), WireBytes.of()
                        .bytes(0, 0, 0, 13) // length 13
                        .bytes(6) // id 6 request
                        .bytes(0, 0, 0, 7) // index 7
                        .bytes(0, 0, 0x40, 0) // begin 16384
                        .bytes(0, 0, 0x40, 0) // length 16384
                        .build()),
                Arguments.of("piece", PeerMessage.Piece.of(7, 0x4000, new byte[] {'a', 'b', 'c'}), WireBytes.of()
                        .bytes(0, 0, 0, 12) // length 9 + 3
                        .bytes(7) // id 7 piece
                        .bytes(0, 0, 0, 7) // index 7
                        .bytes(0, 0, 0x40, 0) // begin 16384
                        .ascii("abc") // block
                        .build()),
                Arguments.of("cancel", PeerMessage.BlockRequest.cancel(7, 0x4000, 0x4000), WireBytes.of()
                        .bytes(0, 0, 0, 13) // length 13
                        .bytes(8) // id 8 cancel
                        .bytes(0, 0, 0, 7) // index 7
                        .bytes(0, 0, 0x40, 0) // begin 16384
                        .bytes(0, 0, 0x40, 0) // length 16384
                        .build()),
                Arguments.of("port", new PeerMessage.Port(6881), WireBytes.of()
                        .bytes(0, 0, 0, 3) // length 3
                        .bytes(9) // id 9 port
                        .bytes(0x1a, 0xe1) // listen port 6881, 2 bytes big-endian
                        .build()),
                Arguments.of("extended", new PeerMessage.Extended(3, new byte[] {'d', 'e'}), WireBytes.of()
                        .bytes(0, 0, 0, 4) // length 2 + 2
                        .bytes(20) // id 20 extended (BEP 10)
                        .bytes(3) // extended message id 3, as the receiver assigned
                        .ascii("de") // payload: an empty bencoded dictionary
                        .build()),
                Arguments.of("unknown (Fast extension have-all)", new PeerMessage.Unknown(14, new byte[0]), WireBytes.of()
                        .bytes(0, 0, 0, 1) // length 1
                        .bytes(14) // id 14, not in BEP 3
                        .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void encodesToTheGoldenBytes(String name, PeerMessage message, byte[] golden) {
        assertArrayEquals(golden, message.toBytes());
        assertEquals(golden.length, message.wireLength());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void decodesFromTheGoldenBytes(String name, PeerMessage message, byte[] golden) {
        PeerWireDecoder decoder = new PeerWireDecoder(1 << 10, false);
        ByteBuffer in = ByteBuffer.wrap(golden);
        assertEquals(message, decoder.read(in));
        assertEquals(0, in.remaining());
    }
}
