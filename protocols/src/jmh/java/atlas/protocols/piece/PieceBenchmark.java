package atlas.protocols.piece;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-event costs the simulator pays for every simulated peer: a HAVE (availability update)
 * and a pick, on 1,000 and 10,000 pieces with 80 connected peers. Targets (issue 2): a HAVE in
 * tens of nanoseconds, a pick well under a microsecond.
 *
 * <p>State: 80 peers each holding a random share ({@code density}) of the pieces, we hold a
 * quarter, whole-piece blocks (one request starts one piece, the pick-heavy case), and four other
 * peers with full pipelines, so the 20 rarest wanted pieces are in progress and every rarest-first
 * walk must skip them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PieceBenchmark {

    private static final int PEERS = 80;
    private static final int DEPTH = 5;
    private static final int MASK = 4095;

    @Param({"1000", "10000"})
    public int pieces;

    /** Share of the pieces each connected peer holds. */
    @Param({"0.5", "0.05"})
    public double density;

    private UniformRandomProvider random;
    private PieceDownload<Integer> download;
    private PeerRequests<Integer>[] peers;
    private PiecePicker picker;
    private final int[] randomPieces = new int[MASK + 1];
    private final int[] randomPeers = new int[MASK + 1];
    private int cursor;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        random = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        int pieceLength = 256 * 1024;
        PieceGeometry geometry = new PieceGeometry((long) pieces * pieceLength, pieceLength, pieceLength);
        Bitfield have = new Bitfield(pieces);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(4) == 0) {
                have.set(p);
            }
        }
        picker = new RarestFirstPicker(RarestFirstPicker.Params.defaults());
        download = new PieceDownload<>(geometry, have, picker, new RequestSettings(DEPTH, 60_000_000L, 0, DEPTH),
                new RequestSink<>() {
                    @Override
                    public void request(Integer connection, int piece, int block) {
                    }

                    @Override
                    public void cancel(Integer connection, int piece, int block) {
                    }
                }, random);
        peers = new PeerRequests[PEERS];
        for (int i = 0; i < PEERS; i++) {
            Bitfield remote = new Bitfield(pieces);
            for (int p = 0; p < pieces; p++) {
                if (random.nextDouble() < density) {
                    remote.set(p);
                }
            }
            peers[i] = download.onPeerConnected(i, remote);
        }
        for (int i = 1; i <= 4; i++) {
            download.fillPipeline(peers[i], 0);
        }
        for (int i = 0; i <= MASK; i++) {
            randomPieces[i] = random.nextInt(pieces);
            randomPeers[i] = 5 + random.nextInt(PEERS - 5);
        }
    }

    /** A HAVE and its undo (lt_donthave), so counts stay put across iterations; per update. */
    @Benchmark
    @OperationsPerInvocation(2)
    public int haveUpdate() {
        int piece = randomPieces[cursor++ & MASK];
        PieceAvailability availability = download.availability();
        availability.onHave(piece);
        availability.onDontHave(piece);
        return availability.minAvailability();
    }

    /** One rarest-first pick for a random connected peer (read-only but for the random draw). */
    @Benchmark
    public int pickRarestFirst() {
        return picker.pickPiece(peers[randomPeers[cursor++ & MASK]].remote(), download.pickerView(), random);
    }

    /**
     * A peer's pipeline filled (five picks and REQUESTs), then each piece received and failed its
     * hash so that the state is unchanged; per request.
     */
    @Benchmark
    @OperationsPerInvocation(DEPTH)
    public int fillPipelineAndReceive() {
        PeerRequests<Integer> peer = peers[randomPeers[cursor++ & MASK]];
        int made = download.fillPipeline(peer, 0);
        while (peer.outstanding() > 0) {
            int piece = peer.outstandingPiece(0);
            if (download.onBlockReceived(peer, piece, 0, 0) == PieceDownload.PIECE_COMPLETE) {
                download.onPieceFailed(piece);
            }
        }
        return made;
    }
}
