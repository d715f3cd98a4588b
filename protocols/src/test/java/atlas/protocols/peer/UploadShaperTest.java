package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An upload limit is shared by upload weight among the connections that can send, never exceeded beyond one block each. */
class UploadShaperTest {

    private static final long LIMIT = 1 << 20;
    private static final int BLOCK = 16 * 1024;
    private static final long MINUTE = 60_000_000L;

    /** A connection with no socket: the shaper reads only its choke state, requests, weight and credit. */
    private static PeerConnection connection(double weight) {
        PeerConnection c = new PeerConnection(null, null, true, BLOCK + 13, 500, 0);
        c.unchoke(weight);
        c.amChoking = false;
        return c;
    }

    /** As the uploader decides: unchoked with a request queued. */
    private static final Predicate<PeerConnection> READY = c -> !c.amChoking && c.serveQueued() > 0;

    /**
     * A peer's loop on a fake clock: refills at irregular intervals around the refill period (as a
     * busy loop is late), then lets every connection send what its credit allows, blocks of
     * {@code blockSize} bytes, keeping backlogged connections' request queues full.
     */
    private static final class Loop {
        final UploadShaper shaper = new UploadShaper(LIMIT, 0);
        final List<PeerConnection> peers = new ArrayList<>();
        final boolean[] backlogged;
        final long[] sent;
        final UniformRandomProvider random;
        long now;

        Loop(long seed, double... weights) {
            for (double w : weights) {
                peers.add(connection(w));
            }
            backlogged = new boolean[weights.length];
            Arrays.fill(backlogged, true);
            sent = new long[weights.length];
            random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        }

        void runFor(long micros, int blockSize) {
            long end = now + micros;
            while (now < end) {
                now = Math.min(end, now + UploadShaper.REFILL_MICROS / 2
                        + random.nextLong(UploadShaper.REFILL_MICROS * 2));
                for (int i = 0; i < peers.size(); i++) {
                    PeerConnection c = peers.get(i);
                    if (backlogged[i] && !c.amChoking) {
                        while (c.addServeRequest(0, 0, blockSize)) {
                            // fill the queue
                        }
                    } else {
                        c.clearServeRequests();
                    }
                }
                shaper.refill(peers, READY, now);
                for (int i = 0; i < peers.size(); i++) {
                    PeerConnection c = peers.get(i);
                    while (READY.test(c) && shaper.mayServe(c)) {
                        c.popServeRequest();
                        shaper.onServed(c, blockSize);
                        sent[i] += blockSize;
                    }
                }
            }
        }

        long total() {
            long total = 0;
            for (long s : sent) {
                total += s;
            }
            return total;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void backloggedConnectionsShareTheLimitByWeight(long seed) {
        Loop loop = new Loop(seed, 3, 1);
        loop.runFor(MINUTE, BLOCK);
        double ratio = (double) loop.sent[0] / loop.sent[1];
        assertEquals(3.0, ratio, 0.05, "bytes sent " + loop.sent[0] + " and " + loop.sent[1]);
        // Work-conserving: with both always ready, the whole limit is used (refills late by up to
        // 1.5 periods overflow the burst a little, hence the tolerance).
        assertEquals(LIMIT * 60.0, loop.total(), LIMIT * 60.0 * 0.05);
    }

    @Test
    void largeBlocksAreNotStarvedBySmallGrants() {
        // 128 KiB blocks against a weight-1 share of about 13 KiB per refill: the debt is repaid.
        Loop loop = new Loop(4, 3, 1);
        loop.runFor(MINUTE, 128 * 1024);
        assertEquals(3.0, (double) loop.sent[0] / loop.sent[1], 0.1);
    }

    @Test
    void anIdleConnectionsShareGoesToTheOthers() {
        Loop loop = new Loop(5, 3, 1);
        loop.backlogged[0] = false;
        loop.runFor(MINUTE, BLOCK);
        assertEquals(0, loop.sent[0]);
        assertEquals(LIMIT * 60.0, loop.sent[1], LIMIT * 60.0 * 0.05, "the weight-1 connection gets the whole limit");
    }

    @Test
    void anIdleConnectionCannotHoardCreditForABurst() {
        Loop loop = new Loop(6, 1, 1);
        loop.backlogged[0] = false;
        loop.runFor(10_000_000L, BLOCK);
        loop.backlogged[0] = true;
        long before = loop.sent[0];
        loop.runFor(UploadShaper.REFILL_MICROS, BLOCK);
        // Ten idle seconds bought nothing: at most a share of one refill, plus a block.
        assertTrue(loop.sent[0] - before <= LIMIT * UploadShaper.REFILL_MICROS / 1_000_000 + BLOCK,
                "sent " + (loop.sent[0] - before) + " bytes at once after idling");
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9, 10, 11})
    void bytesSentNeverExceedTheLimitByMoreThanABlockPerConnection(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Loop loop = new Loop(seed, 0.5, 1, 2.5, 4);
        int block = BLOCK * (1 + random.nextInt(8));
        for (int step = 0; step < 200; step++) {
            for (int i = 0; i < loop.backlogged.length; i++) {
                loop.backlogged[i] = random.nextInt(3) > 0;
                loop.peers.get(i).amChoking = random.nextInt(5) == 0;
                loop.peers.get(i).unchoke(0.1 + random.nextDouble() * 4);
            }
            loop.runFor(random.nextLong(500_000L), block);
            double bound = LIMIT * (loop.now / 1e6) + (double) loop.peers.size() * block;
            assertTrue(loop.total() <= bound, "sent " + loop.total() + " bytes by " + loop.now + " us; bound " + bound);
        }
    }

    @Test
    void aConnectionChokedMidwayStopsReceivingCredit() {
        Loop loop = new Loop(12, 1, 1);
        loop.runFor(MINUTE / 2, BLOCK);
        long before = loop.sent[0];
        loop.peers.get(0).choke();
        loop.peers.get(0).amChoking = true;
        loop.runFor(MINUTE / 2, BLOCK);
        assertTrue(loop.peers.get(0).uploadCredit <= 0, "it keeps no credit to spend once unchoked");
        // The other takes the whole limit for the second half minute.
        assertEquals(LIMIT * 30.0 + LIMIT * 15.0, loop.sent[1], LIMIT * 45.0 * 0.05);
    }

    @Test
    void aChangedWeightTakesEffect() {
        Loop loop = new Loop(13, 1, 1);
        loop.runFor(MINUTE / 2, BLOCK);
        assertEquals(1.0, (double) loop.sent[0] / loop.sent[1], 0.05);
        long[] before = loop.sent.clone();
        loop.peers.get(0).unchoke(4); // a new round of the choker
        loop.runFor(MINUTE / 2, BLOCK);
        assertEquals(4.0, (double) (loop.sent[0] - before[0]) / (loop.sent[1] - before[1]), 0.1);
    }

    @Test
    void aNewConnectionWaitsForItsFirstGrant() {
        UploadShaper shaper = new UploadShaper(LIMIT, 0);
        PeerConnection c = connection(1);
        c.addServeRequest(0, 0, BLOCK);
        assertFalse(shaper.mayServe(c));
        shaper.refill(List.of(c), READY, UploadShaper.REFILL_MICROS);
        assertTrue(shaper.mayServe(c));
    }

    @Test
    void unspentCreditIsCappedAtTheBurstAndKept() {
        UploadShaper shaper = new UploadShaper(LIMIT, 0);
        PeerConnection c = connection(1);
        c.addServeRequest(0, 0, BLOCK);
        double burst = LIMIT * (UploadShaper.BURST_MICROS / 1e6);
        for (long now = UploadShaper.REFILL_MICROS; now <= 1_000_000L; now += UploadShaper.REFILL_MICROS) {
            shaper.refill(List.of(c), READY, now);
            assertEquals(Math.min(burst, LIMIT * (now / 1e6)), c.uploadCredit, 1e-6, "credit at " + now + " us");
        }
    }
}
