package atlas.protocols.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bencode.Mutations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A torrent's info-hash is the SHA-1 of its info dictionary's original bytes, a written torrent
 * reads back identically, built torrents hash pieces across file boundaries, and unsafe or
 * inconsistent metainfo is refused.
 */
class MetainfoTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] sha1(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-1").digest(data);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** "hello" in pieces of 4 bytes, with a key we do not interpret ("private") inside info. */
    private static byte[] helloInfo() throws Exception {
        return concat(ascii("d"),
                ascii("6:length"), ascii("i5e"), // 5 bytes
                ascii("4:name"), ascii("5:a.txt"),
                ascii("12:piece length"), ascii("i4e"),
                ascii("6:pieces"), ascii("40:"), sha1(ascii("hell")), sha1(ascii("o")),
                ascii("7:private"), ascii("i1e"), // BEP 27; kept untouched
                ascii("e"));
    }

    @Test
    void theInfoHashIsTheSha1OfTheOriginalInfoBytes() throws Exception {
        byte[] info = helloInfo();
        byte[] torrent = concat(ascii("d8:announce23:http://tracker/announce4:info"), info, ascii("e"));
        Metainfo m = Metainfo.read(torrent);
        // Computed independently: python3 hashlib.sha1(info).hexdigest()
        assertEquals("2aa558fb1d82b9157b490f3c5fdf07e6141bb32d", m.infoHash().toString());
        assertArrayEquals(info, m.infoBytes());
        assertArrayEquals(torrent, m.toBytes());
        assertEquals(Optional.of("http://tracker/announce"), m.announce());
        assertEquals("a.txt", m.name());
        assertEquals(5, m.totalLength());
        assertEquals(2, m.pieceCount());
        assertEquals(4, m.pieceSize(0));
        assertEquals(1, m.pieceSize(1));
        assertArrayEquals(sha1(ascii("o")), m.pieceHash(1));
        assertTrue(m.isSingleFile());
        assertEquals(List.of(new FileEntry(List.of("a.txt"), 5)), m.files());
    }

    @Test
    void aBuiltSingleFileTorrentReadsBackIdentically() throws Exception {
        Metainfo built = TorrentBuilder.singleFile("a.txt", 4, ascii("hello")).build();
        assertFalse(built.announce().isPresent());
        assertArrayEquals(sha1(ascii("hell")), built.pieceHash(0));
        assertArrayEquals(sha1(ascii("o")), built.pieceHash(1));
        Metainfo read = Metainfo.read(built.toBytes());
        assertEquals(built.infoHash(), read.infoHash());
        assertArrayEquals(built.toBytes(), read.toBytes());
        byte[] head = ascii("d4:infod6:lengthi5e4:name5:a.txt12:piece lengthi4e6:pieces40:");
        assertArrayEquals(head, Arrays.copyOf(built.toBytes(), head.length));
    }

    @Test
    void multiFilePiecesSpanFileBoundaries() throws Exception {
        Metainfo m = TorrentBuilder.directory("dir", 4).announce("udp://t:1")
                .addFile(List.of("a"), ascii("abc"))
                .addFile(List.of("sub", "b"), ascii(""))
                .addFile(List.of("sub", "c"), ascii("defghij"))
                .build();
        assertFalse(m.isSingleFile());
        assertEquals(10, m.totalLength());
        assertEquals(3, m.pieceCount());
        assertArrayEquals(sha1(ascii("abcd")), m.pieceHash(0)); // "abc" from a, "d" from sub/c
        assertArrayEquals(sha1(ascii("efgh")), m.pieceHash(1));
        assertArrayEquals(sha1(ascii("ij")), m.pieceHash(2));
        assertEquals(List.of("sub", "c"), m.files().get(2).path());
        Metainfo read = Metainfo.read(m.toBytes());
        assertEquals(m.files(), read.files());
        assertEquals(m.infoHash(), read.infoHash());
        assertEquals(Optional.of("udp://t:1"), read.announce());
    }

    @Test
    void anEmptyFileMakesATorrentWithoutPieces() {
        Metainfo m = TorrentBuilder.singleFile("empty", 16384, new byte[0]).build();
        assertEquals(0, m.pieceCount());
        assertThrows(IndexOutOfBoundsException.class, () -> m.pieceSize(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "too few hashes|d4:infod6:lengthi5e4:name1:x12:piece lengthi4e6:pieces20:AAAAAAAAAAAAAAAAAAAAee|need 2 piece hashes, found 1",
        "too many hashes|d4:infod6:lengthi4e4:name1:x12:piece lengthi4e6:pieces40:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAee|need 1 piece hashes, found 2",
        "ragged pieces|d4:infod6:lengthi4e4:name1:x12:piece lengthi4e6:pieces19:AAAAAAAAAAAAAAAAAAAee|not a multiple of 20",
        "zero piece length|d4:infod6:lengthi0e4:name1:x12:piece lengthi0e6:pieces0:ee|outside [1, 1073741824]",
        "negative length|d4:infod6:lengthi-1e4:name1:x12:piece lengthi4e6:pieces0:ee|\"length\": -1 is outside",
        "no info|d8:announce1:xe|missing required key \"info\"",
        "info not a dictionary|d4:infoi1ee|expected a dictionary, found an integer",
        "length and files|d4:infod5:filesle6:lengthi0e4:name1:x12:piece lengthi4e6:pieces0:ee|exactly one of",
        "neither length nor files|d4:infod4:name1:x12:piece lengthi4e6:pieces0:ee|exactly one of",
        "no files|d4:infod5:filesle4:name1:x12:piece lengthi4e6:pieces0:ee|\"files\" is empty",
        "name ..|d4:infod6:lengthi0e4:name2:..12:piece lengthi4e6:pieces0:ee|unsafe file name",
        "name with slash|d4:infod6:lengthi0e4:name3:a/b12:piece lengthi4e6:pieces0:ee|unsafe file name",
        "empty name|d4:infod6:lengthi0e4:name0:12:piece lengthi4e6:pieces0:ee|unsafe file name",
        "traversal in path|d4:infod5:filesld6:lengthi0e4:pathl2:..6:passwdeee4:name1:x12:piece lengthi4e6:pieces0:ee|unsafe file name or path component \"..\"",
        "backslash in path|d4:infod5:filesld6:lengthi0e4:pathl4:a\\bceee4:name1:x12:piece lengthi4e6:pieces0:ee|unsafe",
        "empty path|d4:infod5:filesld6:lengthi0e4:pathleee4:name1:x12:piece lengthi4e6:pieces0:ee|at least one component",
        "duplicate path|d4:infod5:filesld6:lengthi0e4:pathl1:aeed6:lengthi0e4:pathl1:aeee4:name1:x12:piece lengthi4e6:pieces0:ee|duplicate file path [a]",
        "announce not text|d8:announcei1e4:infod6:lengthi0e4:name1:x12:piece lengthi4e6:pieces0:ee|\"announce\": expected a byte string",
        "unsorted keys|d4:infod4:name1:x6:lengthi0e12:piece lengthi4e6:pieces0:ee|out of order",
        "length near 2^63|d4:infod6:lengthi9223372036854775807e4:name1:x12:piece lengthi1073741824e6:pieces0:ee|need 8589934592 piece hashes, found 0",
        "total overflows|d4:infod5:filesld6:lengthi9223372036854775807e4:pathl1:aeed6:lengthi1e4:pathl1:beee4:name1:x12:piece lengthi4e6:pieces0:ee|overflows 64 bits",
        "trailing bytes|d4:infod6:lengthi0e4:name1:x12:piece lengthi4e6:pieces0:eeX|1 more bytes",
    })
    void badMetainfoIsRefused(String what, String torrent, String reason) {
        WireException e = assertThrows(WireException.class, () -> Metainfo.read(ascii(torrent)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void mutatedTorrentsFailOnlyWithWireExceptions(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        byte[] valid = TorrentBuilder.directory("dir", 4).announce("http://t/a").addFile(List.of("a"), ascii("abcdef"))
                .addFile(List.of("b", "c"), ascii("ghijklmno")).build().toBytes();
        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            byte[] mutated = Mutations.mutate(random, valid);
            try {
                Metainfo m = Metainfo.read(mutated);
                assertArrayEquals(mutated, m.toBytes());
            } catch (WireException e) {
                refused++;
            }
        }
        assertTrue(refused > 500, "only " + refused + " of 1000 mutated torrents refused");
    }

    @Test
    void theBuilderRefusesUnsafeNames() {
        assertThrows(WireException.class, () -> TorrentBuilder.singleFile("..", 4, new byte[1]));
        TorrentBuilder dir = TorrentBuilder.directory("d", 4);
        assertThrows(WireException.class, () -> dir.addFile(List.of("a", "../../etc"), new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> TorrentBuilder.directory("d", 0));
        assertThrows(IllegalStateException.class,
                () -> TorrentBuilder.singleFile("f", 4, new byte[1]).addFile(List.of("g"), new byte[1]));
    }
}
