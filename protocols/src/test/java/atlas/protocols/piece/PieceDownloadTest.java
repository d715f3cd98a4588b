package atlas.protocols.piece;

import static atlas.protocols.piece.PieceDownload.BLOCK_ACCEPTED;
import static atlas.protocols.piece.PieceDownload.BLOCK_UNWANTED;
import static atlas.protocols.piece.PieceDownload.PIECE_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Block requests follow strict priority, pipelining, endgame with CANCEL (mainline's, or
 * libtorrent's), timeouts, chokes and hash failures as mainline does.
 */
class PieceDownloadTest {

    private static final int BLOCK = PieceGeometry.DEFAULT_BLOCK;

    private final RecordingSink sink = new RecordingSink();

    private PieceDownload<String> download(int pieces, int blocksPerPiece, int depth) {
        PieceGeometry geometry = new PieceGeometry((long) pieces * blocksPerPiece * BLOCK, blocksPerPiece * BLOCK, BLOCK);
        return new PieceDownload<>(geometry, new Bitfield(pieces), new SequentialPicker(),
                new RequestSettings(depth, 60_000_000L, 0, depth), sink, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
    }

    @Test
    void strictPriorityFinishesAPartlyDownloadedPieceBeforeStartingAnother() {
        PieceDownload<String> d = download(3, 4, 5);
        PeerRequests<String> a = d.onPeerConnected("a", PickerFixture.mask(" *", 3));
        d.fillPipeline(a, 0);
        assertEquals(BLOCK_ACCEPTED, d.onBlockReceived(a, 1, 0, 1));
        d.onChoked(a);
        PeerRequests<String> b = d.onPeerConnected("b", Bitfield.full(3));
        sink.drain();

        assertEquals(5, d.fillPipeline(b, 2));
        // Sequential alone would start piece 0; the half-done piece 1 goes first.
        assertEquals(List.of("REQUEST b 1/1", "REQUEST b 1/2", "REQUEST b 1/3", "REQUEST b 0/0", "REQUEST b 0/1"),
                sink.drain());
    }

    @Test
    void aChokeBeforeAnyBlockArrivedReturnsThePieceToThePicker() {
        PieceDownload<String> d = download(3, 4, 2);
        PeerRequests<String> a = d.onPeerConnected("a", PickerFixture.mask(" *", 3));
        d.fillPipeline(a, 0);
        assertEquals(1, d.inProgressCount());
        d.onChoked(a);
        assertFalse(d.isInProgress(1));
        assertEquals(0, d.inProgressCount());
        assertEquals(0, a.outstanding());
        PeerRequests<String> b = d.onPeerConnected("b", Bitfield.full(3));
        sink.drain();
        d.fillPipeline(b, 1);
        assertEquals(List.of("REQUEST b 0/0", "REQUEST b 0/1"), sink.drain());
    }

    @Test
    void pipelineStaysAtItsDepthAndRefillsAsBlocksArrive() {
        PieceDownload<String> d = download(4, 4, 3);
        PeerRequests<String> a = d.onPeerConnected("a", Bitfield.full(4));
        assertEquals(3, d.fillPipeline(a, 0));
        assertEquals(0, d.fillPipeline(a, 0));
        d.onBlockReceived(a, 0, 1, 1);
        assertEquals(1, d.fillPipeline(a, 1));
        assertEquals(List.of("REQUEST a 0/0", "REQUEST a 0/1", "REQUEST a 0/2", "REQUEST a 0/3"), sink.drain());
        assertEquals(3, a.outstanding());
    }

    @Test
    void endgameRequestsRemainingBlocksFromEveryPeerAndCancelsOnReceipt() {
        PieceDownload<String> d = download(2, 2, 2);
        PeerRequests<String> a = d.onPeerConnected("a", Bitfield.full(2));
        PeerRequests<String> b = d.onPeerConnected("b", Bitfield.full(2));
        PeerRequests<String> c = d.onPeerConnected("c", Bitfield.full(2));
        d.fillPipeline(a, 0);
        assertFalse(d.inEndgame());
        d.fillPipeline(b, 0);
        assertTrue(d.inEndgame(), "every missing block is requested");
        d.fillPipeline(c, 0);
        assertEquals(List.of("REQUEST a 0/0", "REQUEST a 0/1", "REQUEST b 1/0", "REQUEST b 1/1",
                "REQUEST c 0/0", "REQUEST c 0/1"), sink.drain());
        assertEquals(2, d.requesters(0, 0));

        assertEquals(BLOCK_ACCEPTED, d.onBlockReceived(c, 0, 0, 1));
        assertEquals(List.of("CANCEL a 0/0"), sink.drain());
        assertTrue(d.isReceived(0, 0));
        assertEquals(0, d.requesters(0, 0));
        d.fillPipeline(a, 1);
        assertEquals(List.of("REQUEST a 1/0"), sink.drain(), "the least requested block not already asked of a");

        assertEquals(PIECE_COMPLETE, d.onBlockReceived(a, 0, 1, 2));
        assertEquals(List.of("CANCEL c 0/1"), sink.drain());
        assertEquals(BLOCK_UNWANTED, d.onBlockReceived(c, 0, 1, 3), "c sent it before the CANCEL arrived");
        d.onPieceVerified(0);

        assertEquals(BLOCK_ACCEPTED, d.onBlockReceived(b, 1, 0, 4));
        assertEquals(List.of("CANCEL a 1/0"), sink.drain());
        assertEquals(PIECE_COMPLETE, d.onBlockReceived(b, 1, 1, 5));
        assertEquals(List.of(), sink.drain());
        d.onPieceVerified(1);
        assertTrue(d.isComplete());
        assertFalse(d.inEndgame());
        assertEquals(0, a.outstanding() + b.outstanding() + c.outstanding());
    }

    /** libtorrent's endgame: a block already requested elsewhere only for an idle connection, one at a time. */
    @Test
    void libtorrentEndgameDuplicatesOneBlockAndOnlyForAnIdleConnection() {
        PieceGeometry geometry = new PieceGeometry(2L * 2 * BLOCK, 2 * BLOCK, BLOCK);
        PieceDownload<String> d = new PieceDownload<>(geometry, new Bitfield(2), new SequentialPicker(),
                new RequestSettings(2, 60_000_000L, 0, 2, Endgame.LIBTORRENT), sink,
                RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        PeerRequests<String> a = d.onPeerConnected("a", Bitfield.full(2));
        PeerRequests<String> b = d.onPeerConnected("b", Bitfield.full(2));
        PeerRequests<String> c = d.onPeerConnected("c", Bitfield.full(2));
        d.fillPipeline(a, 0);
        d.fillPipeline(b, 0);
        assertTrue(d.inEndgame());
        sink.drain();
        assertEquals(1, d.fillPipeline(c, 0), "idle c takes one block requested elsewhere, not two");
        assertEquals(List.of("REQUEST c 0/0"), sink.drain());
        assertEquals(0, d.fillPipeline(c, 0), "c has one outstanding: no more");

        assertEquals(BLOCK_ACCEPTED, d.onBlockReceived(a, 0, 1, 1));
        sink.drain();
        assertEquals(0, d.fillPipeline(a, 1), "a still waits for 0/0: it duplicates nothing");
        assertEquals(PIECE_COMPLETE, d.onBlockReceived(c, 0, 0, 2));
        assertEquals(List.of("CANCEL a 0/0"), sink.drain());
        d.onPieceVerified(0);
        assertEquals(1, d.fillPipeline(a, 2), "a is idle now");
        assertEquals(List.of("REQUEST a 1/0"), sink.drain());
    }

    @Test
    void endgamePieceCompletesOnceWhateverTheDuplicates() {
        PieceDownload<String> d = download(1, 1, 1);
        PeerRequests<String> a = d.onPeerConnected("a", Bitfield.full(1));
        PeerRequests<String> b = d.onPeerConnected("b", Bitfield.full(1));
        d.fillPipeline(a, 0);
        d.fillPipeline(b, 0);
        assertEquals(List.of("REQUEST a 0/0", "REQUEST b 0/0"), sink.drain());
        assertEquals(PIECE_COMPLETE, d.onBlockReceived(b, 0, 0, 1));
        assertEquals(List.of("CANCEL a 0/0"), sink.drain());
        assertEquals(BLOCK_UNWANTED, d.onBlockReceived(a, 0, 0, 2));
        d.onPieceVerified(0);
        assertEquals(BLOCK_UNWANTED, d.onBlockReceived(a, 0, 0, 3));
        assertTrue(d.isComplete());
    }

    @Test
    void expiredRequestsAreCancelledAndRequestableElsewhereAndALateBlockStillCounts() {
        PieceDownload<String> d = download(1, 2, 2);
        PeerRequests<String> a = d.onPeerConnected("a", Bitfield.full(1));
        PeerRequests<String> b = d.onPeerConnected("b", Bitfield.full(1));
        d.fillPipeline(a, 0);
        assertEquals(0, d.fillPipeline(b, 0) - 2, "endgame: b duplicates both blocks");
        d.onChoked(b);
        sink.drain();

        assertEquals(0, d.expireRequests(a, 59_999_999L));
        assertEquals(2, d.expireRequests(a, 60_000_000L));
        assertEquals(List.of("CANCEL a 0/0", "CANCEL a 0/1"), sink.drain());
        assertFalse(d.isInProgress(0));

        d.fillPipeline(b, 60_000_001L);
        assertEquals(List.of("REQUEST b 0/0", "REQUEST b 0/1"), sink.drain());
        assertEquals(BLOCK_ACCEPTED, d.onBlockReceived(a, 0, 0, 60_000_002L), "data that arrives late is still data");
        assertEquals(List.of("CANCEL b 0/0"), sink.drain());
        assertEquals(PIECE_COMPLETE, d.onBlockReceived(b, 0, 1, 60_000_003L));
    }

    @Test
    void aFailedPieceIsDownloadedAgain() {
        PieceDownload<String> d = download(2, 2, 4);
        PeerRequests<String> a = d.onPeerConnected("a", PickerFixture.mask("*", 2));
        d.fillPipeline(a, 0);
        d.onBlockReceived(a, 0, 0, 1);
        assertThrows(IllegalStateException.class, () -> d.onPieceVerified(0), "half a piece cannot be verified");
        assertEquals(PIECE_COMPLETE, d.onBlockReceived(a, 0, 1, 1));
        d.onPieceFailed(0);
        assertFalse(d.have().get(0));
        assertFalse(d.isInProgress(0));
        sink.drain();
        assertEquals(2, d.fillPipeline(a, 2));
        assertEquals(List.of("REQUEST a 0/0", "REQUEST a 0/1"), sink.drain());
    }

    @Test
    void aDepartingPeerFreesItsRequestsAndItsAvailability() {
        PieceDownload<String> d = download(2, 2, 4);
        PeerRequests<String> a = d.onPeerConnected("a", PickerFixture.mask(" *", 2));
        PeerRequests<String> b = d.onPeerConnected("b", Bitfield.full(2));
        d.fillPipeline(a, 0);
        d.onBlockReceived(a, 1, 0, 1);
        assertEquals(2, d.availability().availability(1));
        d.onPeerLeft(a);
        assertEquals(1, d.availability().availability(1));
        assertThrows(IllegalStateException.class, () -> d.fillPipeline(a, 2), "a departed peer is rejected");
        sink.drain();
        d.fillPipeline(b, 2);
        assertEquals(List.of("REQUEST b 1/1", "REQUEST b 0/0", "REQUEST b 0/1"), sink.drain());
    }

    @Test
    void aSeedsHaveChangesNothingAndAPartialPeersHaveCountsOnce() {
        PieceDownload<String> d = download(3, 1, 4);
        PeerRequests<String> seed = d.onPeerConnected("s", Bitfield.full(3));
        Bitfield bits = new Bitfield(3);
        PeerRequests<String> a = d.onPeerConnected("a", bits);
        bits.set(2);
        d.onHave(a, 2);
        d.onHave(seed, 2);
        assertEquals(List.of(1, 1, 2), List.of(d.availability().availability(0), d.availability().availability(1),
                d.availability().availability(2)));
    }

    @Test
    void interestMeansTheRemoteHasAPieceWeLack() {
        PieceGeometry geometry = new PieceGeometry(130L * BLOCK, BLOCK, BLOCK);
        PieceDownload<String> d = new PieceDownload<>(geometry, PickerFixture.mask("**", 130), new SequentialPicker(),
                RequestSettings.defaults(), sink, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertFalse(d.isInterestedIn(new Bitfield(130)));
        assertTrue(d.isInterestedIn(Bitfield.full(130)));
        assertFalse(d.isInterestedIn(PickerFixture.mask("* ", 130)));
        Bitfield last = new Bitfield(130);
        last.set(129);
        assertTrue(d.isInterestedIn(last));
    }

    @Test
    void aSeedIsInterestedInNobody() {
        PieceGeometry geometry = new PieceGeometry(4L * BLOCK, BLOCK, BLOCK);
        PieceDownload<String> d = new PieceDownload<>(geometry, Bitfield.full(4), new SequentialPicker(),
                RequestSettings.defaults(), sink, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertTrue(d.isComplete());
        assertFalse(d.inEndgame());
        assertFalse(d.isInterestedIn(Bitfield.full(4)));
        assertEquals(0, d.fillPipeline(d.onPeerConnected("a", Bitfield.full(4)), 0));
    }
}
