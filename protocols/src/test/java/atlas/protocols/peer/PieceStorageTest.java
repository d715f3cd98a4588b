package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.piece.Bitfield;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pieces map onto a multi-file torrent's files byte for byte, across file boundaries and empty files, and only intact pieces verify. */
class PieceStorageTest {

    @TempDir
    Path tmp;

    private final byte[] a = PeerTransferTest.content(1, 1000);
    private final byte[] c = PeerTransferTest.content(2, 2500);
    private final Metainfo torrent = TorrentBuilder.directory("t", 1024)
            .addFile(List.of("a"), a).addFile(List.of("empty"), new byte[0]).addFile(List.of("d", "c"), c).build();

    @Test
    void writesPiecesAcrossFilesAndVerifiesThem() throws Exception {
        byte[] stream = new byte[a.length + c.length];
        System.arraycopy(a, 0, stream, 0, a.length);
        System.arraycopy(c, 0, stream, a.length, c.length);
        try (PieceStorage storage = PieceStorage.open(torrent, tmp)) {
            assertEquals(new Bitfield(torrent.pieceCount()), storage.verifyAll(), "fresh, pre-allocated files hold nothing");
            assertEquals(a.length, Files.size(tmp.resolve("t/a")));
            assertEquals(0, Files.size(tmp.resolve("t/empty")));
            assertEquals(c.length, Files.size(tmp.resolve("t/d/c")));
            for (int p = torrent.pieceCount() - 1; p >= 0; p--) {
                int size = torrent.pieceSize(p);
                storage.write(p, 0, ByteBuffer.wrap(stream, p * 1024, size));
                assertTrue(storage.verify(p), "piece " + p);
                ByteBuffer back = ByteBuffer.allocate(size - 10);
                storage.read(p, 10, back);
                assertArrayEquals(Arrays.copyOfRange(stream, p * 1024 + 10, p * 1024 + size), back.array());
            }
        }
        assertArrayEquals(a, Files.readAllBytes(tmp.resolve("t/a")));
        assertArrayEquals(c, Files.readAllBytes(tmp.resolve("t/d/c")));
    }

    @Test
    void resumesWithTheIntactPiecesOnly() throws Exception {
        Files.createDirectories(tmp.resolve("t/d"));
        Files.write(tmp.resolve("t/a"), a);
        byte[] damaged = c.clone();
        damaged[2400] ^= 1; // in the last piece, bytes [3072, 3500) of the stream
        Files.write(tmp.resolve("t/d/c"), damaged);
        try (PieceStorage storage = PieceStorage.open(torrent, tmp)) {
            Bitfield have = storage.verifyAll();
            assertEquals(torrent.pieceCount() - 1, have.count());
            assertFalse(have.get(torrent.pieceCount() - 1));
        }
    }
}
