package atlas.protocols.choke;

import static atlas.protocols.choke.Swarm.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards bid-aware choking: the paid slots go to the highest interested bidders while the slot
 * count holds, and with no bids the choker is the plain mainline choker exactly (same decisions,
 * same random numbers drawn), which the "bid strategy none equals no extension" check relies on.
 */
class BidChokerTest {

    private static final int STEPS = 300;

    static Stream<Arguments> seeds() {
        List<Arguments> all = new ArrayList<>();
        for (long seed = 1; seed <= 25; seed++) {
            all.add(Arguments.of(false, seed));
            all.add(Arguments.of(true, seed));
        }
        return all.stream();
    }

    private static Choker bidChoker(boolean seedMode) {
        return seedMode ? new BidChoker(BidSeedChokerParams.DEFAULTS) : new BidChoker(BidChokerParams.DEFAULTS);
    }

    private static Choker plainChoker(boolean seedMode) {
        return seedMode ? new MainlineSeedChoker(MainlineSeedChokerParams.DEFAULTS)
                : new MainlineChoker(MainlineChokerParams.DEFAULTS);
    }

    @ParameterizedTest(name = "seed mode {0}, seed {1}")
    @MethodSource("seeds")
    void withoutBidsItIsTheInnerChokerExactly(boolean seedMode, long seed) {
        Swarm withBids = new Swarm(bidChoker(seedMode), seed);
        Swarm plain = new Swarm(plainChoker(seedMode), seed);
        // Bidders that bid 0 and uninterested bidders with a price: neither may change a decision.
        RandomEvents.run(seed, STEPS, List.of(withBids, plain), (swarm, step) -> { }, false);
        for (int i = 0; i < withBids.peers.size(); i++) {
            assertEquals(plain.peers.get(i).isChoked(), withBids.peers.get(i).isChoked());
        }
        assertEquals(plain.random.nextLong(), withBids.random.nextLong(), "same random numbers consumed");
    }

    @ParameterizedTest(name = "seed mode {0}, seed {1}")
    @MethodSource("seeds")
    void paidSlotsGoToTheHighestInterestedBidders(boolean seedMode, long seed) {
        int slots = 4;
        int paidSlots = 2;
        Swarm swarm = new Swarm(bidChoker(seedMode), seed);
        int[] checked = {0};
        RandomEvents.run(seed, STEPS, List.of(swarm), (s, step) -> {
            assertTrue(s.unchokedInterested() <= slots, "slots exceeded at step " + step);
            List<FakeBidder> bidders = new ArrayList<>();
            for (FakePeer peer : s.peers) {
                if (peer instanceof FakeBidder bidder && bidder.isInterested() && bidder.bid > 0) {
                    bidders.add(bidder);
                }
            }
            bidders.sort(Comparator.comparingLong((FakeBidder b) -> b.bid).reversed());
            int winners = Math.min(paidSlots, bidders.size());
            if (winners == 0) {
                return;
            }
            // Every bidder bidding more than the last winner's bid must be unchoked; so must the
            // winners' bid level itself be held by as many unchoked bidders as there are winners.
            long lastWinningBid = bidders.get(winners - 1).bid;
            int unchokedAtOrAbove = 0;
            for (FakeBidder bidder : bidders) {
                if (bidder.bid > lastWinningBid) {
                    assertFalse(bidder.isChoked(), bidder + " bid " + bidder.bid + " but is choked at step " + step);
                }
                if (bidder.bid >= lastWinningBid && !bidder.isChoked()) {
                    unchokedAtOrAbove++;
                }
            }
            assertTrue(unchokedAtOrAbove >= winners, "paid slots not all given at step " + step);
            checked[0]++;
        }, true);
        assertTrue(checked[0] > STEPS / 4, "too few steps with bidders to test anything: " + checked[0]);
    }

    @Test
    void equalBidsShareThePaidSlotOverRounds() {
        Swarm swarm = new Swarm(new BidChoker(paramsWith(4, 1)), 3);
        FakeBidder a = bidder(swarm, "a", 500, 0);
        FakeBidder b = bidder(swarm, "b", 500, 0);
        // Two fast reciprocators hold the regular slots; twenty slow peers dilute the optimistic
        // lottery, so a bidder is unchoked in most rounds only through the paid slot.
        swarm.add(swarm.peer("fast1").downloadRate(10_000));
        swarm.add(swarm.peer("fast2").downloadRate(10_001));
        for (int i = 0; i < 20; i++) {
            swarm.add(swarm.peer("slow" + i).downloadRate(1 + i));
        }
        int aRounds = 0;
        int bRounds = 0;
        for (int r = 0; r < 200; r++) {
            swarm.round();
            aRounds += a.isChoked() ? 0 : 1;
            bRounds += b.isChoked() ? 0 : 1;
        }
        // A fixed tie rule would give one of them the slot every round and the other about 10 rounds.
        assertTrue(aRounds > 70 && bRounds > 70, "a " + aRounds + ", b " + bRounds);
    }

    @Test
    void aBidOutranksReciprocationAndRateBreaksEqualBids() {
        Swarm swarm = new Swarm(new BidChoker(paramsWith(3, 1)), 11);
        FakePeer reciprocator = swarm.add(swarm.peer("reciprocator").downloadRate(90_000));
        FakeBidder rich = bidder(swarm, "rich", 900, 0);
        FakeBidder fastBidder = bidder(swarm, "fast-bidder", 100, 50_000);
        FakeBidder slowBidder = bidder(swarm, "slow-bidder", 100, 10);
        swarm.round();
        assertFalse(rich.isChoked(), "the highest bid takes the paid slot despite sending us nothing");
        assertFalse(reciprocator.isChoked(), "the fastest non-bidder keeps the regular slot left");
        assertEquals(1, Stream.of(fastBidder, slowBidder).filter(p -> !p.isChoked()).count(), "one optimistic");
        rich.bid = 100;
        swarm.round();
        assertFalse(fastBidder.isChoked(), "equal bids: the faster uploader to us wins the paid slot");
        assertFalse(reciprocator.isChoked());
        assertEquals(1, Stream.of(rich, slowBidder).filter(p -> !p.isChoked()).count(), "one optimistic");
    }

    @Test
    void withNoPaidSlotsBidsChangeNothing() {
        Swarm withBids = new Swarm(new BidChoker(paramsWith(4, 0)), 8);
        Swarm plain = new Swarm(new MainlineChoker(MainlineChokerParams.DEFAULTS), 8);
        for (Swarm swarm : List.of(withBids, plain)) {
            for (int i = 0; i < 10; i++) {
                bidder(swarm, "p" + i, 100 * i, 1_000 * (i % 4));
            }
        }
        for (int r = 0; r < 30; r++) {
            withBids.round();
            plain.round();
            assertEquals(plain.unchoked(), withBids.unchoked(), "round " + r);
        }
        assertEquals(plain.random.nextLong(), withBids.random.nextLong());
    }

    @Test
    void anUninterestedBidderGetsNoPaidSlot() {
        Swarm swarm = new Swarm(new BidChoker(BidSeedChokerParams.DEFAULTS), 5);
        FakeBidder idle = new FakeBidder(swarm.peer("idle").interested(false), 1_000_000);
        swarm.peers.add(idle);
        swarm.round();
        assertTrue(idle.isChoked());
    }

    @Test
    void rejectsPaidSlotsThatLeaveNoRoomForTheInnerChoker() {
        assertThrows(IllegalArgumentException.class, () -> new BidChokerParams(Duration.ofSeconds(10), 4, 4, 3,
                Duration.ofSeconds(60), 3, Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class, () -> new BidSeedChokerParams(Duration.ofSeconds(10), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new BidSeedChokerParams(Duration.ofSeconds(10), 10, 9));
        assertEquals(8, new BidSeedChokerParams(Duration.ofSeconds(10), 10, 8).paidSlots());
    }

    private static BidChokerParams paramsWith(int slots, int paidSlots) {
        BidChokerParams d = BidChokerParams.DEFAULTS;
        return new BidChokerParams(d.roundInterval(), slots, paidSlots, d.optimisticRounds(), d.snubTimeout(),
                d.newPeerWeight(), d.newPeerAge());
    }

    private static FakeBidder bidder(Swarm swarm, String name, long bid, double rate) {
        FakeBidder peer = new FakeBidder(swarm.peer(name).downloadRate(rate), bid);
        swarm.peers.add(peer);
        return peer;
    }

    /** Random arrivals, departures, interest and bid changes and rounds, applied alike to each swarm. */
    private static final class RandomEvents {

        interface Check {
            /** Called after each event that made the choker decide (arrivals wait for the next round). */
            void after(Swarm swarm, int step);
        }

        static void run(long seed, int steps, List<Swarm> swarms, Check check, boolean positiveBids) {
            UniformRandomProvider events = RandomSource.XO_RO_SHI_RO_128_PP.create(seed * 104_729);
            int next = 0;
            for (int step = 0; step < steps; step++) {
                int event = events.nextInt(10);
                List<FakePeer> first = swarms.get(0).peers;
                boolean arrival = event < 3 || first.isEmpty();
                if (arrival) {
                    addPeer(events, swarms, "p" + next++, positiveBids);
                } else if (event < 4) {
                    int at = events.nextInt(first.size());
                    forEach(swarms, s -> s.peers.remove(at), Swarm::peersChanged);
                } else if (event < 6) {
                    int at = events.nextInt(first.size());
                    long newBid = positiveBids && events.nextBoolean() ? 1 + events.nextInt(5) : -1;
                    forEach(swarms, s -> {
                        FakePeer peer = s.peers.get(at);
                        peer.interested = !peer.interested;
                        if (peer instanceof FakeBidder bidder) {
                            if (!positiveBids) {
                                // Only uninterested bidders may name a price in the no-bid runs.
                                bidder.bid = peer.interested ? 0 : 7;
                            } else if (newBid >= 0) {
                                bidder.bid = newBid;
                            }
                        }
                    }, Swarm::peersChanged);
                } else {
                    forEach(swarms, s -> { }, Swarm::round);
                }
                if (!arrival) {
                    for (Swarm swarm : swarms) {
                        check.after(swarm, step);
                    }
                }
            }
        }

        private static void addPeer(UniformRandomProvider events, List<Swarm> swarms, String name, boolean positiveBids) {
            boolean interested = events.nextDouble() < 0.7;
            long connectedAgo = events.nextLong(120 * SECOND);
            double rate = events.nextInt(3) == 0 ? 0 : events.nextDouble() * 100_000;
            boolean silent = events.nextBoolean();
            long silentFor = events.nextLong(200 * SECOND);
            int kind = events.nextInt(3);
            // Without positive bids: plain peers, zero bidders and uninterested ones with a price.
            long bid = positiveBids ? (kind == 0 ? 0 : 1 + events.nextInt(5)) : (interested || kind == 0 ? 0 : 7);
            for (Swarm swarm : swarms) {
                long now = swarm.clock.micros();
                FakePeer.Builder builder = swarm.peer(name).interested(interested).connectedAt(now - connectedAgo)
                        .downloadRate(rate);
                if (silent) {
                    builder.silentSince(now - silentFor);
                }
                swarm.peers.add(kind == 2 && !positiveBids ? builder.build() : new FakeBidder(builder, bid));
            }
        }

        private static void forEach(List<Swarm> swarms, java.util.function.Consumer<Swarm> change,
                java.util.function.Consumer<Swarm> then) {
            for (Swarm swarm : swarms) {
                change.accept(swarm);
                then.accept(swarm);
            }
        }
    }
}
