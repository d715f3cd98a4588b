package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.protocols.piece.Bitfield;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The swarm-wide holder bits answer exactly as each peer's own bitfield would, for any piece count and after a seat changes hands. */
class PieceHoldersTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 1000})
    void bitsMatchPerPeerBitfieldsAsPeersJoinAndGainPieces(int pieces) {
        SplittableRandom random = new SplittableRandom(pieces);
        PieceHolders holders = new PieceHolders(pieces);
        int peers = 1500;
        Bitfield[] truth = new Bitfield[peers];
        for (int peer = 0; peer < peers; peer++) {
            boolean seed = random.nextInt(10) == 0;
            holders.seat(peer, seed, pieces);
            truth[peer] = seed ? Bitfield.full(pieces) : new Bitfield(pieces);
            for (int k = 0; k < 5; k++) {
                int owner = random.nextInt(peer + 1);
                int piece = random.nextInt(pieces);
                holders.set(owner, piece);
                truth[owner].set(piece);
            }
        }
        // Seat 3 changes hands: the newcomer has nothing yet.
        holders.seat(3, false, pieces);
        truth[3] = new Bitfield(pieces);
        for (int peer = 0; peer < peers; peer++) {
            for (int piece = 0; piece < pieces; piece++) {
                assertEquals(truth[peer].get(piece), holders.has(peer, piece), "seat " + peer + ", piece " + piece);
            }
        }
    }
}
