package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.protocols.piece.PieceAvailability;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pending HAVEs are counted exactly as the same HAVEs counted one by one on arrival, in order,
 * however many a peer gathers (past its slice of the shared array) and whatever the other seats do.
 */
class PendingHavesTest {
    private static final int PIECES = 300;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 200, 1000})
    void countingPendingHavesEqualsCountingThemOnArrival(int haves) {
        PendingHaves pending = new PendingHaves();
        pending.seat(0);
        pending.seat(1);
        PieceAvailability deferred = new PieceAvailability(PIECES, RandomSource.XO_RO_SHI_RO_128_PP.create(7L));
        PieceAvailability direct = new PieceAvailability(PIECES, RandomSource.XO_RO_SHI_RO_128_PP.create(7L));
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create((long) haves);
        for (int i = 0; i < haves; i++) {
            int piece = random.nextInt(PIECES);
            pending.add(0, piece);
            pending.add(1, (piece + 1) % PIECES);
            direct.onHave(piece);
        }
        assertEquals(haves, pending.count(0));
        pending.countInto(0, deferred);
        assertEquals(0, pending.count(0));
        assertEquals(haves, pending.count(1), "counting one seat leaves the others");
        for (int rank = 0; rank < PIECES; rank++) {
            assertEquals(direct.pieceAtRank(rank), deferred.pieceAtRank(rank), "piece at rank " + rank);
        }
        for (int p = 0; p < PIECES; p++) {
            assertEquals(direct.availability(p), deferred.availability(p), "availability of piece " + p);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void aReusedSeatStartsEmpty(int haves) {
        PendingHaves pending = new PendingHaves();
        for (int seat = 0; seat < 3000; seat++) {
            pending.seat(seat);
        }
        for (int i = 0; i < haves; i++) {
            pending.add(2999, i % PIECES);
        }
        pending.release(2999);
        pending.seat(2999);
        assertEquals(0, pending.count(2999));
        pending.add(2999, 5);
        PieceAvailability availability = new PieceAvailability(PIECES, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        pending.countInto(2999, availability);
        assertEquals(1, availability.availability(5));
        assertEquals(0, availability.availability(0));
    }
}
