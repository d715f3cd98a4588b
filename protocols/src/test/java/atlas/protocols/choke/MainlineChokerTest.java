package atlas.protocols.choke;

import static atlas.protocols.choke.Swarm.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Guards mainline leecher choking: the best uploaders to us hold the regular slots, the
 * optimistic unchoke rotates every third round and no faster, new peers are three times as likely
 * to be picked, and snubbing peers lose their slot.
 */
class MainlineChokerTest {

    private static final MainlineChokerParams DEFAULTS = MainlineChokerParams.DEFAULTS;

    private static MainlineChokerParams withNewPeerWeight(int weight) {
        return new MainlineChokerParams(DEFAULTS.roundInterval(), DEFAULTS.slots(), DEFAULTS.optimisticRounds(),
                DEFAULTS.snubTimeout(), weight, DEFAULTS.newPeerAge());
    }

    /** Three fast peers that own the regular slots plus {@code slow} interested slow ones. */
    private static Swarm swarm(MainlineChokerParams params, long seed, int slow) {
        Swarm swarm = new Swarm(new MainlineChoker(params), seed);
        swarm.add(swarm.peer("fast1").downloadRate(9_000));
        swarm.add(swarm.peer("fast2").downloadRate(8_000));
        swarm.add(swarm.peer("fast3").downloadRate(7_000));
        for (int i = 0; i < slow; i++) {
            swarm.add(swarm.peer("slow" + i).downloadRate(100 + i));
        }
        return swarm;
    }

    /** The unchoked peers outside the three fast ones. */
    private static Set<String> optimistic(Swarm swarm) {
        Set<String> names = new TreeSet<>(swarm.unchoked());
        names.removeAll(Set.of("fast1", "fast2", "fast3"));
        return names;
    }

    @Test
    void unchokesBestThreeAndOneOptimisticEachRound() {
        Swarm swarm = swarm(DEFAULTS, 42, 5);
        List<Set<String>> rounds = new ArrayList<>();
        for (int r = 0; r < 7; r++) {
            swarm.round();
            rounds.add(swarm.unchoked());
        }
        // Seeded trace: regular slots fixed, optimistic drawn at rounds 1, 4 and 7.
        assertEquals(List.of(
                Set.of("fast1", "fast2", "fast3", "slow0"),
                Set.of("fast1", "fast2", "fast3", "slow0"),
                Set.of("fast1", "fast2", "fast3", "slow0"),
                Set.of("fast1", "fast2", "fast3", "slow1"),
                Set.of("fast1", "fast2", "fast3", "slow1"),
                Set.of("fast1", "fast2", "fast3", "slow1"),
                Set.of("fast1", "fast2", "fast3", "slow3")), rounds);
    }

    @Test
    void optimisticChangesEveryThirdRoundAndNeverInBetween() {
        Swarm swarm = swarm(DEFAULTS, 7, 10);
        Set<String> previous = Set.of();
        for (int r = 1; r <= 30; r++) {
            swarm.round();
            Set<String> current = optimistic(swarm);
            for (int extra = 0; extra < 3; extra++) {
                swarm.peersChanged();
                assertEquals(current, optimistic(swarm), "extra rechoke after round " + r);
            }
            assertEquals(1, current.size(), "one optimistic unchoke in round " + r);
            if ((r - 1) % 3 == 0) {
                assertNotEquals(previous, current, "rotation in round " + r);
            } else {
                assertEquals(previous, current, "no rotation in round " + r);
            }
            previous = current;
        }
    }

    @Test
    void extraRechokesDoNotRotate() {
        Swarm swarm = swarm(DEFAULTS, 11, 10);
        swarm.round();
        Set<String> first = optimistic(swarm);
        for (int i = 0; i < 50; i++) {
            swarm.peersChanged();
        }
        assertEquals(first, optimistic(swarm));
    }

    /** Share of seeds in which the one new peer (among ten candidates) wins the optimistic draw. */
    private static double newPeerWinRate(int newPeerWeight) {
        int trials = 4_000;
        int wins = 0;
        for (long seed = 0; seed < trials; seed++) {
            Swarm swarm = swarm(withNewPeerWeight(newPeerWeight), seed, 9);
            swarm.add(swarm.peer("new").connectedAt(swarm.clock.micros() - 5 * SECOND).downloadRate(0));
            swarm.round();
            if (optimistic(swarm).contains("new")) {
                wins++;
            }
        }
        return wins / (double) trials;
    }

    @Test
    void newPeersAreThreeTimesAsLikelyToBeOptimistic() {
        // 3 tickets against 9: p = 0.25; 4,000 draws give a standard error of 0.007, tolerance 0.03.
        assertEquals(0.25, newPeerWinRate(3), 0.03);
        // Without the boost it is one in ten.
        assertEquals(0.10, newPeerWinRate(1), 0.03);
    }

    @Test
    void snubbingPeerLosesItsRegularSlot() {
        // A huge new-peer weight makes the fresh peer the optimistic pick, so the rest is the regular set.
        MainlineChokerParams params = withNewPeerWeight(1_000_000_000);
        for (long silence : new long[] {59, 61}) {
            Swarm swarm = new Swarm(new MainlineChoker(params), 3);
            long now = swarm.clock.micros() + swarm.choker.roundInterval();
            swarm.add(swarm.peer("snubber").downloadRate(50_000).silentSince(now - silence * SECOND));
            swarm.add(swarm.peer("a").downloadRate(3_000));
            swarm.add(swarm.peer("b").downloadRate(2_000));
            swarm.add(swarm.peer("c").downloadRate(1_000));
            swarm.add(swarm.peer("d").downloadRate(500));
            swarm.add(swarm.peer("newcomer").connectedAt(now - SECOND));
            swarm.round();
            Set<String> expected = silence < 60
                    ? Set.of("snubber", "a", "b", "newcomer")
                    : Set.of("a", "b", "c", "newcomer");
            assertEquals(expected, swarm.unchoked(), "after " + silence + " s without a block");
        }
    }

    @Test
    void newConnectionHasTheSnubTimeoutToSendItsFirstBlock() {
        // Two slots: one regular, and the optimistic one a huge new-peer weight gives the newcomer.
        MainlineChokerParams params = new MainlineChokerParams(DEFAULTS.roundInterval(), 2,
                DEFAULTS.optimisticRounds(), DEFAULTS.snubTimeout(), 1_000_000_000, Duration.ofSeconds(5));
        Swarm swarm = new Swarm(new MainlineChoker(params), 5);
        long now = swarm.clock.micros() + swarm.choker.roundInterval();
        swarm.add(swarm.peer("never-sent-old").silentSince(Long.MIN_VALUE).downloadRate(6_000));
        swarm.add(swarm.peer("never-sent-young").connectedAt(now - 30 * SECOND).silentSince(Long.MIN_VALUE)
                .downloadRate(5_000));
        swarm.add(swarm.peer("newcomer").connectedAt(now - SECOND));
        swarm.round();
        assertEquals(Set.of("never-sent-young", "newcomer"), swarm.unchoked());
    }

    @Test
    void fasterUninterestedPeersAreUnchokedOutsideTheSlots() {
        Swarm swarm = swarm(DEFAULTS, 9, 4);
        swarm.add(swarm.peer("idle-fast").interested(false).downloadRate(7_500));
        swarm.add(swarm.peer("idle-slow").interested(false).downloadRate(6_500));
        swarm.round();
        assertTrue(swarm.unchoked().contains("idle-fast"), "faster than the slowest regular peer (7,000)");
        assertFalse(swarm.unchoked().contains("idle-slow"));
        assertEquals(4, swarm.unchokedInterested());
    }

    @Test
    void slotsLeftBySnubbingPeersGoToMoreOptimisticUnchokes() {
        Swarm swarm = new Swarm(new MainlineChoker(DEFAULTS), 13);
        long now = swarm.clock.micros() + swarm.choker.roundInterval();
        for (int i = 0; i < 8; i++) {
            swarm.add(swarm.peer("snubber" + i).downloadRate(1_000).silentSince(now - 120 * SECOND));
        }
        swarm.round();
        assertEquals(4, swarm.unchokedInterested());
    }

    @Test
    void optimisticPeerThatLeavesIsReplacedWithoutWaitingForRotation() {
        Swarm swarm = swarm(DEFAULTS, 21, 6);
        swarm.round();
        String gone = optimistic(swarm).iterator().next();
        swarm.peers.removeIf(peer -> peer.name.equals(gone));
        swarm.peersChanged();
        Set<String> replacement = optimistic(swarm);
        assertEquals(1, replacement.size());
        assertFalse(replacement.contains(gone));
    }

    @Test
    void paramsRejectZeroSlots() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new MainlineChokerParams(Duration.ofSeconds(10), 0, 3, Duration.ofSeconds(60), 3,
                        Duration.ofSeconds(30)));
    }
}
