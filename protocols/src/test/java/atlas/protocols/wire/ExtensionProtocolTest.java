package atlas.protocols.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BEP 10 extended handshake matches its bencoded bytes, ignores unknown keys, refuses ids out
 * of range; negotiated ids send under the peer's id and read under ours, additively.
 */
class ExtensionProtocolTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theExtendedHandshakeMatchesTheGoldenBytes() {
        ExtendedHandshake h = new ExtendedHandshake(Map.of("ut_metadata", 3, "btt_speed", 7), 6881,
                Optional.of("atlas 0.1"), 250);
        byte[] golden = WireBytes.of()
                .bytes(0, 0, 0, 0x4a) // length: id and extended id, then the 72-byte payload
                .bytes(20) // id 20 extended
                .bytes(0) // extended id 0: the handshake
                .ascii("d") // payload, keys in raw-byte order:
                .ascii("1:m").ascii("d").ascii("9:btt_speedi7e").ascii("11:ut_metadatai3e").ascii("e") // m: name -> id
                .ascii("1:pi6881e") // p: listen port
                .ascii("4:reqqi250e") // reqq: request queue
                .ascii("1:v9:atlas 0.1") // v: client
                .ascii("e")
                .build();
        assertArrayEquals(golden, h.toMessage().toBytes());
        assertEquals(h, ExtendedHandshake.decode(h.encode()));
    }

    @Test
    void unknownKeysAndAbsentFieldsAreTolerated() {
        // As libtorrent sends it: extra keys BEP 10 and BEP 9 define, which we do not use.
        ExtendedHandshake h = ExtendedHandshake.decode(ascii(
                "d12:complete_agoi-1e1:md11:ut_metadatai2e6:ut_pexi1ee13:metadata_sizei31235e6:yourip4:\u007f\0\0\1e"));
        assertEquals(Map.of("ut_metadata", 2, "ut_pex", 1), h.messages());
        assertEquals(0, h.port());
        assertEquals(Optional.empty(), h.client());
        assertEquals(0, h.requestQueue());
        assertEquals(Map.of(), ExtendedHandshake.decode(ascii("de")).messages());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "d1:md1:ai256eee|needs an id in [0, 255]",
        "d1:md1:ai-1eee|needs an id in [0, 255]",
        "d1:md1:a1:xee|needs an id in [0, 255]",
        "d1:mli1eee|\"m\": expected a dictionary",
        "d1:pi65536ee|\"p\": 65536 is outside",
        "d4:reqqi0ee|\"reqq\": 0 is outside",
        "d1:vi1ee|\"v\": expected a byte string",
        "li1ee|must be a dictionary, found a list",
        "d1:m|bad bencoding",
    })
    void badHandshakesAreRefused(String payload, String reason) {
        WireException e = assertThrows(WireException.class, () -> ExtendedHandshake.decode(ascii(payload)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void idsAreNegotiatedPerDirectionAndAdditively() {
        ExtensionIds ids = new ExtensionIds(Map.of("btt_speed", 7, "ut_metadata", 3));
        assertEquals(Map.of("btt_speed", 7, "ut_metadata", 3),
                ids.localHandshake(6881, Optional.empty(), 0).messages());
        assertEquals(Optional.of("btt_speed"), ids.localName(7));
        assertEquals(Optional.empty(), ids.localName(4));
        assertEquals(Optional.empty(), ids.localName(0));
        assertFalse(ids.remoteSupports("btt_speed"));
        assertThrows(IllegalStateException.class, () -> ids.toRemote("btt_speed", new byte[0]));

        ids.onRemoteHandshake(ExtendedHandshake.decode(ascii("d1:md9:btt_speedi2e6:ut_pexi1eee")));
        assertEquals(new PeerMessage.Extended(2, ascii("de")), ids.toRemote("btt_speed", ascii("de")));
        // A later handshake changes only what it names; id 0 withdraws an extension.
        ids.onRemoteHandshake(ExtendedHandshake.decode(ascii("d1:md9:btt_speedi0eee")));
        assertFalse(ids.remoteSupports("btt_speed"));
        assertTrue(ids.remoteSupports("ut_pex"));
    }

    @Test
    void localIdsMustBeDistinctAndNonZero() {
        assertThrows(IllegalArgumentException.class, () -> new ExtensionIds(Map.of("a", 1, "b", 1)));
        assertThrows(IllegalArgumentException.class, () -> new ExtensionIds(Map.of("a", 0)));
        assertThrows(IllegalArgumentException.class, () -> new ExtensionIds(Map.of("a", 256)));
    }
}
