package atlas.protocols.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Through random sequences of connects, HAVEs, departures (seeds too), chokes, fills, receipts,
 * verifications, hash failures and timeouts: availability equals the connected bitfields, no block
 * is requested twice outside endgame, pickers never offer a piece the remote lacks or we have,
 * and the download completes once peers stay.
 */
class PieceDownloadInvariantsTest {

    private static final int MAX_PEERS = 8;

    /** A fixed depth; odd seeds take libtorrent's endgame, so that both endgames keep the invariants. */
    private static RequestSettings fixedDepth(int depth, long seed) {
        return new RequestSettings(depth, 10_000_000L, 0, depth, seed % 2 == 0 ? Endgame.MAINLINE : Endgame.LIBTORRENT);
    }

    static Stream<Arguments> pickersAndSeeds() {
        return PiecePickers.REGISTRY.names().stream()
                .flatMap(name -> Stream.iterate(1L, s -> s + 1).limit(40).map(seed -> Arguments.of(name, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("pickersAndSeeds")
    void invariantsHoldAndTheDownloadCompletes(String pickerName, long seed) {
        new Run(pickerName, seed).go();
    }

    private static final class Run implements RequestSink<Integer> {
        final UniformRandomProvider random;
        final int pieces;
        final PiecePicker picker;
        final PieceDownload<Integer> download;
        final Map<Integer, PeerRequests<Integer>> peers = new HashMap<>();
        final List<Integer> completed = new ArrayList<>();
        int nextId;
        long now;
        boolean everInEndgame;

        Run(String pickerName, long seed) {
            random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            pieces = 1 + random.nextInt(40);
            int blocks = 1 + random.nextInt(4);
            int pieceLength = blocks * PieceGeometry.DEFAULT_BLOCK;
            PieceGeometry geometry = new PieceGeometry((long) (pieces - 1) * pieceLength + 1 + random.nextInt(pieceLength),
                    pieceLength, PieceGeometry.DEFAULT_BLOCK);
            Bitfield have = randomBitfield(random.nextDouble() * 0.3);
            var entry = PiecePickers.REGISTRY.find(pickerName).orElseThrow();
            picker = entry.create(entry.defaults());
            download = new PieceDownload<>(geometry, have, entry.create(entry.defaults()),
                    fixedDepth(1 + random.nextInt(6), seed), this,
                    RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1000));
        }

        void go() {
            for (int op = 0; op < 400; op++) {
                step(random.nextInt(10));
                checkInvariants();
            }
            drain();
        }

        private void step(int kind) {
            now += random.nextInt(3_000_000);
            PeerRequests<Integer> peer = peers.isEmpty() ? null
                    : peers.get(List.copyOf(peers.keySet()).get(random.nextInt(peers.size())));
            if (peer == null || kind == 0) {
                if (peers.size() < MAX_PEERS) {
                    connect(random.nextInt(4) == 0 ? Bitfield.full(pieces) : randomBitfield(random.nextDouble()));
                }
            } else if (kind == 1) {
                int missing = peer.remote().nextClearBit(random.nextInt(pieces));
                if (missing >= 0) {
                    peer.remote().set(missing);
                    download.onHave(peer, missing);
                }
            } else if (kind == 2 && random.nextInt(3) == 0) {
                download.onPeerLeft(peer);
                peers.remove(peer.connection());
            } else if (kind == 3) {
                download.onChoked(peer);
            } else if (kind == 4 || kind == 5) {
                fill(peer);
            } else if (kind == 6 || kind == 7) {
                receiveOne(peer);
            } else if (kind == 8) {
                verifyOrFail(random.nextInt(4) > 0);
            } else {
                download.expireRequests(peer, now);
                int piece = picker.pickPiece(peer.remote(), download.pickerView(), random);
                if (piece >= 0) {
                    assertTrue(peer.remote().get(piece), "picked a piece the remote lacks");
                    assertFalse(download.have().get(piece), "picked a piece we have");
                    assertFalse(download.isInProgress(piece), "picked a piece in progress");
                }
            }
        }

        private void connect(Bitfield remote) {
            int id = nextId++;
            peers.put(id, download.onPeerConnected(id, remote));
        }

        private void fill(PeerRequests<Integer> peer) {
            download.fillPipeline(peer, now);
            everInEndgame |= download.inEndgame();
        }

        private void receiveOne(PeerRequests<Integer> peer) {
            if (peer.outstanding() == 0) {
                return;
            }
            int i = random.nextInt(peer.outstanding());
            int piece = peer.outstandingPiece(i);
            int status = download.onBlockReceived(peer, piece, peer.outstandingBlock(i), now);
            assertTrue(status != PieceDownload.BLOCK_UNWANTED, "an outstanding block is always wanted");
            if (status == PieceDownload.PIECE_COMPLETE) {
                assertFalse(completed.contains(piece), "piece " + piece + " completed twice");
                completed.add(piece);
            }
        }

        private void verifyOrFail(boolean good) {
            if (completed.isEmpty()) {
                return;
            }
            int piece = completed.remove(random.nextInt(completed.size()));
            if (good) {
                download.onPieceVerified(piece);
                assertTrue(download.have().get(piece));
            } else {
                download.onPieceFailed(piece);
            }
        }

        /** With a seed connected and every peer serving all its requests, the download finishes. */
        private void drain() {
            connect(Bitfield.full(pieces));
            for (int round = 0; round < 10 * pieces + 10 && !download.isComplete(); round++) {
                for (PeerRequests<Integer> peer : List.copyOf(peers.values())) {
                    fill(peer);
                    while (peer.outstanding() > 0) {
                        receiveOne(peer);
                    }
                }
                while (!completed.isEmpty()) {
                    verifyOrFail(true);
                }
                checkInvariants();
            }
            assertTrue(download.isComplete(), "download did not complete: " + download.have());
        }

        @Override
        public void request(Integer connection, int piece, int block) {
            PeerRequests<Integer> peer = peers.get(connection);
            assertTrue(peer.remote().get(piece), "requested piece " + piece + " the remote lacks");
            assertFalse(download.have().get(piece), "requested piece " + piece + " we have");
            if (download.requesters(piece, block) > 1 && !download.inEndgame()) {
                fail("block " + piece + "/" + block + " requested twice outside endgame");
            }
        }

        @Override
        public void cancel(Integer connection, int piece, int block) {
            assertFalse(peers.get(connection).isOutstanding(piece, block), "a cancelled request is forgotten");
        }

        private void checkInvariants() {
            int seeds = 0;
            int[] counts = new int[pieces];
            Map<Long, Integer> requesters = new HashMap<>();
            for (PeerRequests<Integer> peer : peers.values()) {
                if (peer.countedAsSeed()) {
                    seeds++;
                } else {
                    for (int p = peer.remote().nextSetBit(0); p >= 0; p = peer.remote().nextSetBit(p + 1)) {
                        counts[p]++;
                    }
                }
                assertTrue(peer.outstanding() <= 6, "pipeline overfilled");
                for (int i = 0; i < peer.outstanding(); i++) {
                    requesters.merge(((long) peer.outstandingPiece(i) << 32) | peer.outstandingBlock(i), 1, Integer::sum);
                }
            }
            for (int p = 0; p < pieces; p++) {
                if (!download.have().get(p)) {
                    assertEquals(counts[p] + seeds, download.availability().availability(p), "availability of " + p);
                }
            }
            for (Map.Entry<Long, Integer> e : requesters.entrySet()) {
                int piece = (int) (e.getKey() >>> 32);
                int block = (int) (long) e.getKey();
                assertEquals(e.getValue(), download.requesters(piece, block), "requesters of " + piece + "/" + block);
                if (!everInEndgame) {
                    assertEquals(1, e.getValue(), "block " + piece + "/" + block + " outstanding twice outside endgame");
                }
            }
        }

        private Bitfield randomBitfield(double density) {
            Bitfield b = new Bitfield(pieces);
            for (int i = 0; i < pieces; i++) {
                if (random.nextDouble() < density) {
                    b.set(i);
                }
            }
            return b;
        }
    }
}
