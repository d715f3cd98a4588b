package atlas.protocols.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Availability counts equal the connected peers' bitfields and the ranking stays sorted by them, through any event order. */
class PieceAvailabilityTest {

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 50; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void countsMatchBitfieldsAndRankingStaysSorted(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int pieces = 1 + random.nextInt(150);
        PieceAvailability availability = new PieceAvailability(pieces, random);
        List<Bitfield> partial = new ArrayList<>();
        int seeds = 0;
        boolean[] weHave = new boolean[pieces];
        for (int op = 0; op < 400; op++) {
            int kind = random.nextInt(6);
            if (kind == 0 || partial.isEmpty()) {
                Bitfield b = new Bitfield(pieces);
                double density = random.nextDouble();
                for (int i = 0; i < pieces; i++) {
                    if (random.nextDouble() < density) {
                        b.set(i);
                    }
                }
                availability.onBitfield(b);
                if (b.isComplete()) {
                    seeds++;
                } else {
                    partial.add(b);
                }
            } else if (kind == 1) {
                Bitfield b = partial.get(random.nextInt(partial.size()));
                int missing = b.nextClearBit(random.nextInt(pieces));
                if (missing >= 0) {
                    b.set(missing);
                    availability.onHave(missing);
                }
            } else if (kind == 2) {
                availability.onPeerLeft(partial.remove(random.nextInt(partial.size())), false);
            } else if (kind == 3) {
                availability.onSeedJoined();
                seeds++;
            } else if (kind == 4 && seeds > 0) {
                availability.onSeedLeft();
                seeds--;
            } else if (kind == 5) {
                int p = random.nextInt(pieces);
                availability.onWeHave(p);
                weHave[p] = true;
            }
            assertConsistent(availability, partial, seeds, weHave);
        }
    }

    private static void assertConsistent(PieceAvailability a, List<Bitfield> partial, int seeds, boolean[] weHave) {
        int pieces = a.pieceCount();
        int min = Integer.MAX_VALUE;
        int lacking = 0;
        for (int p = 0; p < pieces; p++) {
            int expected = seeds;
            for (Bitfield b : partial) {
                expected += b.get(p) ? 1 : 0;
            }
            assertEquals(!weHave[p], a.isRanked(p));
            if (!weHave[p]) {
                assertEquals(expected, a.availability(p), "piece " + p);
                min = Math.min(min, expected);
            }
            lacking += weHave[p] ? 0 : 1;
        }
        assertEquals(lacking == 0 ? seeds : min, a.minAvailability());
        assertEquals(lacking, a.rankedCount());
        boolean[] seen = new boolean[pieces];
        for (int r = 0; r < a.rankedCount(); r++) {
            int piece = a.pieceAtRank(r);
            assertFalse(seen[piece] || weHave[piece], "rank " + r + " holds piece " + piece);
            seen[piece] = true;
            if (r > 0) {
                assertTrue(a.availability(a.pieceAtRank(r - 1)) <= a.availability(piece), "sorted at rank " + r);
            }
            boolean peerHeld = a.availability(piece) > seeds;
            assertEquals(peerHeld, r >= a.firstRankWithPeers(1), "peer-held boundary at rank " + r);
        }
    }

    /** A run of HAVEs counted at once, long enough to stream the arrays in or not, ranks as one HAVE at a time does. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aRunOfHavesRanksExactlyAsSingleHaves(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int pieces = 1 + random.nextInt(seed % 2 == 0 ? 100 : 3000);
        PieceAvailability batched = new PieceAvailability(pieces, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        PieceAvailability single = new PieceAvailability(pieces, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        int[] run = new int[200];
        for (int step = 0; step < 60 && single.rankedCount() > 0; step++) {
            int count = random.nextInt(run.length + 1);
            for (int i = 0; i < count; i++) {
                run[i] = random.nextInt(pieces);
                single.onHave(run[i]);
            }
            batched.onHaves(run, count);
            int have = random.nextInt(pieces);
            single.onWeHave(have);
            batched.onWeHave(have);
            assertEquals(single.rankedCount(), batched.rankedCount());
            for (int r = 0; r < single.rankedCount(); r++) {
                assertEquals(single.pieceAtRank(r), batched.pieceAtRank(r), "rank " + r + " after step " + step);
            }
            for (int p = 0; p < pieces; p++) {
                assertEquals(single.availability(p), batched.availability(p));
            }
        }
    }

    @Test
    void aSeedIsOneCounterAndLeavesTheRankingAlone() {
        PieceAvailability a = new PieceAvailability(5, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        a.onBitfield(PickerFixture.mask("  *  ", 5));
        int[] before = {a.pieceAtRank(0), a.pieceAtRank(1), a.pieceAtRank(2), a.pieceAtRank(3), a.pieceAtRank(4)};
        a.onBitfield(Bitfield.full(5));
        assertEquals(1, a.seeds());
        assertEquals(2, a.availability(2));
        assertEquals(1, a.minAvailability());
        int[] after = {a.pieceAtRank(0), a.pieceAtRank(1), a.pieceAtRank(2), a.pieceAtRank(3), a.pieceAtRank(4)};
        assertEquals(List.of(before[0], before[1], before[2], before[3], before[4]),
                List.of(after[0], after[1], after[2], after[3], after[4]));
        a.onPeerLeft(Bitfield.full(5), true);
        assertEquals(0, a.seeds());
        assertEquals(2, a.pieceAtRank(4), "piece 2, the only one a peer has, ranks last");
    }

    @Test
    void countsOfPiecesWeHaveFreezeAndLeaveTheMinimum() {
        PieceAvailability a = new PieceAvailability(3, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        a.onBitfield(PickerFixture.mask(" **", 3));
        assertEquals(0, a.minAvailability(), "nobody has piece 0");
        a.onWeHave(0);
        assertEquals(1, a.minAvailability(), "the minimum is over the pieces we lack");
        a.onHave(0);
        a.onPeerLeft(PickerFixture.mask("***", 3), false);
        assertEquals(0, a.availability(0), "a piece we have keeps the count it had when we got it");
        assertEquals(0, a.minAvailability());
        assertEquals(2, a.rankedCount());
    }

    @Test
    void losingAPieceNobodyHasIsAnError() {
        PieceAvailability a = new PieceAvailability(3, RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertThrows(IllegalStateException.class, () -> a.onDontHave(1));
        assertThrows(IllegalStateException.class, a::onSeedLeft);
        assertThrows(IllegalArgumentException.class, () -> a.onBitfield(new Bitfield(4)));
    }
}
