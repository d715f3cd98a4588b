package atlas.protocols.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.PolicyRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Each picker starts pieces in its documented order (rarest first with seeded ties, random, sequential) and never a piece we have. */
class PiecePickerTest {

    private static PickerFixture.Builder rarestFirst(int randomFirstPieces) {
        return PickerFixture.builder().picker("rarest-first").params(new RarestFirstPicker.Params(randomFirstPieces));
    }

    @Test
    void rarestFirstTakesTheRarestBucketFirstAndBreaksTiesAtRandom() {
        // libtorrent's setup_picker("2223333", "* * *  "): we lack 1, 3, 5, 6; piece 1 is rarest.
        PickerFixture f = rarestFirst(0).availability("2223333").have("* * *  ").seed(1).build();
        assertEquals(List.of(1, 5, 6, 3), f.pickOrder());
    }

    @Test
    void rarestFirstOrdersByAvailabilityAcrossBuckets() {
        PickerFixture f = rarestFirst(0).availability("5142332415").seed(7).build();
        assertEquals(List.of(8, 1, 3, 6, 5, 4, 2, 7, 0, 9), f.pickOrder());
    }

    @Test
    void equallyRarePiecesComeFirstInSeedDependentOrder() {
        Set<Integer> firstPicks = new HashSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            List<Integer> order = rarestFirst(0).availability("33333333" + "1").seed(seed).build().pickOrder();
            assertEquals(8, order.get(0), "the rarest piece comes first whatever the seed");
            firstPicks.add(order.get(1));
        }
        assertTrue(firstPicks.size() >= 6, "ties broken at random, first tied picks seen: " + firstPicks);
    }

    @Test
    void equallyRareCandidatesOfAPartialRemoteAreEquallyLikely() {
        // Guards a bias: a random start taking the next candidate favoured piece 0 (53 % of first
        // picks), whose bucket neighbours the remote lacks, and every peer that heard the same
        // HAVEs favoured it alike.
        int runs = 4000;
        int[] firstPicks = new int[5];
        for (long seed = 1; seed <= runs; seed++) {
            firstPicks[rarestFirst(0).availability("2".repeat(20)).remote("*****" + " ".repeat(15)).seed(seed)
                    .build().pickOrder().get(0)]++;
        }
        for (int piece = 0; piece < 5; piece++) {
            double share = (double) firstPicks[piece] / runs;
            assertTrue(Math.abs(share - 0.2) < 0.03, "piece " + piece + " first in " + share + " of runs, not 1 in 5");
        }
    }

    @Test
    void piecesOnlyASeedHasAreNotPickedInIndexOrder() {
        // Guards a bug: counts of seed-only pieces never move, so an unshuffled ranking would send
        // every newcomer of a one-seed swarm after piece 0, then 1, ...
        Set<Integer> firstPicks = new HashSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            firstPicks.add(rarestFirst(0).availability("11111111").seed(seed).build().pickOrder().get(0));
        }
        assertTrue(firstPicks.size() >= 6, "first picks from a lone seed: " + firstPicks);
    }

    @Test
    void rarestFirstPicksAtRandomUntilItHoldsFourPieces() {
        // Availability rises with the index, so rarest first alone would go 0, 1, 2, ...
        PickerFixture f = PickerFixture.builder().picker("rarest-first").availability("1223344556677889")
                .pipelineDepth(1).seed(3).build();
        List<Integer> order = f.downloadOrder();
        assertEquals(List.of(14, 7, 8, 15, 0, 2, 1, 3, 4, 5, 6, 9, 10, 12, 11, 13), order);
        List<Integer> afterRandom = order.subList(4, order.size());
        for (int i = 1; i < afterRandom.size(); i++) {
            assertTrue(f.download.availability().availability(afterRandom.get(i - 1))
                    <= f.download.availability().availability(afterRandom.get(i)), "rarest first after 4 pieces");
        }
    }

    @Test
    void randomFirstPiecesDifferBySeed() {
        Set<Integer> firstPicks = new HashSet<>();
        for (long seed = 1; seed <= 30; seed++) {
            firstPicks.add(PickerFixture.builder().picker("rarest-first").availability("1999999999").seed(seed).build()
                    .pickOrder().get(0));
        }
        assertTrue(firstPicks.size() >= 5, "random first piece, seen: " + firstPicks);
    }

    @Test
    void rarestFirstFromAPartialPeerTakesOnlyWhatItHas() {
        // The remote has 2, 3 and 5; pieces 0 and 1 are rarer but it lacks them.
        PickerFixture f = rarestFirst(0).availability("114232").remote("  ** *").seed(2).build();
        assertEquals(List.of(5, 3, 2), f.pickOrder());
    }

    @Test
    void rarestFirstFromAPartialPeerSkipsPiecesOnlySeedsHave() {
        PickerFixture f = rarestFirst(0).availability("222222").remote(" *  * ").seed(4).build();
        f.download.onPeerConnected("seed", Bitfield.full(6));
        assertEquals(List.of(1, 4), f.pickOrder());
    }

    @Test
    void sequentialTakesTheLowestWantedPiece() {
        PickerFixture f = PickerFixture.builder().picker("sequential").availability("9111111").have("* *").build();
        assertEquals(List.of(1, 3, 4, 5, 6), f.pickOrder());
    }

    @Test
    void randomStartsEveryWantedPieceOnceInSeededOrder() {
        PickerFixture f = PickerFixture.builder().picker("random").availability("12345678").have("*  *").seed(5).build();
        assertEquals(List.of(5, 4, 6, 7, 1, 2), f.pickOrder());
    }

    @Test
    void randomOrderDependsOnTheSeed() {
        List<Integer> a = PickerFixture.builder().picker("random").availability("11111111").seed(1).build().pickOrder();
        List<Integer> b = PickerFixture.builder().picker("random").availability("11111111").seed(2).build().pickOrder();
        assertNotEquals(a, b);
    }

    @Test
    void noPickerReturnsAPieceWeHaveOrInProgressOrTheRemoteLacks() {
        for (String name : PiecePickers.REGISTRY.names()) {
            PickerFixture f = PickerFixture.builder().picker(name).availability("3333333").have("*  *").remote("** * **")
                    .pipelineDepth(1).build();
            f.download.fillPipeline(f.remote, 0);
            int started = f.remote.outstandingPiece(0);
            PolicyRegistry.Entry<PiecePicker> entry = PiecePickers.REGISTRY.find(name).orElseThrow();
            for (long seed = 1; seed <= 20; seed++) {
                int piece = entry.create(entry.defaults()).pickPiece(f.remote.remote(), f.download.pickerView(),
                        RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
                // We want 1, 5 and 6 of what the remote has (0, 1, 3, 5, 6), minus the one started.
                Set<Integer> allowed = new HashSet<>(Set.of(1, 5, 6));
                allowed.remove(started);
                assertTrue(allowed.contains(piece), name + " picked " + piece + " after starting " + started);
            }
        }
    }

    @Test
    void everyPickerReturnsMinusOneWhenNothingIsLeft() {
        for (String name : PiecePickers.REGISTRY.names()) {
            PickerFixture f = PickerFixture.builder().picker(name).availability("2222").have("** *").remote("** *")
                    .build();
            assertEquals(List.of(), f.pickOrder(), name);
        }
    }
}
