package atlas.protocols.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Piece and block lengths add up to the torrent, with only the last piece and its last block shorter. */
class PieceGeometryTest {

    @Test
    void lastPieceAndItsLastBlockAreShorter() {
        PieceGeometry g = PieceGeometry.of(2 * 32768 + 20000, 32768);
        assertEquals(16384, g.blockLength());
        assertEquals(3, g.pieceCount());
        assertEquals(32768, g.pieceLength(1));
        assertEquals(20000, g.pieceLength(2));
        assertEquals(2, g.blocksInPiece(0));
        assertEquals(2, g.blocksInPiece(2));
        assertEquals(16384, g.blockLength(2, 0));
        assertEquals(20000 - 16384, g.blockLength(2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> g.blockLength(2, 2));
    }

    @Test
    void blocksAddUpToTheTotalLength() {
        PieceGeometry g = new PieceGeometry(100L * 1024 * 1024 + 12345, 256 * 1024, PieceGeometry.DEFAULT_BLOCK);
        long total = 0;
        for (int p = 0; p < g.pieceCount(); p++) {
            for (int b = 0; b < g.blocksInPiece(p); b++) {
                total += g.blockLength(p, b);
            }
        }
        assertEquals(g.totalLength(), total);
        assertEquals(401, g.pieceCount());
        assertEquals(16, g.maxBlocksInPiece());
    }

    @Test
    void wholePieceBlocksMakeOneBlockPerPiece() {
        PieceGeometry g = new PieceGeometry(1000L * 262144, 262144, 262144);
        assertEquals(1, g.blocksInPiece(999));
        assertEquals(262144, g.blockLength(999, 0));
    }

    @Test
    void inconsistentLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PieceGeometry(0, 16384, 16384));
        assertThrows(IllegalArgumentException.class, () -> new PieceGeometry(100, 16384, 32768));
        assertThrows(IllegalArgumentException.class, () -> new PieceGeometry(100000, 30000, 16384));
    }
}
