package atlas.sim.swarm;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A BitTorrent tracker: the set of present peers, and a random sample of them for each announce
 * (mainline trackers return up to 50 random peers). Peers are kept in a dense array with each
 * peer's slot remembered, so joining, leaving and sampling are all O(1) per peer.
 */
final class Tracker {
    private final int peersPerAnnounce;
    private final int reannounceBelow;
    private final long announceInterval;
    private final long minReannounceInterval;
    private Peer[] present = new Peer[1024];
    private int[] slotOf = new int[1024];
    private int size;
    private final int[] picked;

    Tracker(int peersPerAnnounce, int reannounceBelow, long announceInterval, long minReannounceInterval) {
        this.peersPerAnnounce = peersPerAnnounce;
        this.reannounceBelow = reannounceBelow;
        this.announceInterval = announceInterval;
        this.minReannounceInterval = minReannounceInterval;
        this.picked = new int[peersPerAnnounce];
    }

    int reannounceBelow() {
        return reannounceBelow;
    }

    long announceInterval() {
        return announceInterval;
    }

    /** Shortest time between two announces of one peer: a peer short of connections asks again, but not in a burst. */
    long minReannounceInterval() {
        return minReannounceInterval;
    }

    void add(Peer p) {
        if (size == present.length) {
            present = Arrays.copyOf(present, size * 2);
        }
        if (p.id >= slotOf.length) {
            slotOf = Arrays.copyOf(slotOf, Math.max(p.id + 1, slotOf.length * 2));
        }
        slotOf[p.id] = size;
        present[size++] = p;
    }

    void remove(Peer p) {
        int slot = slotOf[p.id];
        Peer last = present[--size];
        present[slot] = last;
        slotOf[last.id] = slot;
        present[size] = null;
    }

    /**
     * Up to {@code peersPerAnnounce} distinct present peers other than {@code asking}, uniformly
     * at random; written to {@code out}, returning how many.
     */
    int sample(Peer asking, UniformRandomProvider random, Peer[] out) {
        int others = size - 1;
        int want = Math.min(peersPerAnnounce, others);
        if (want <= 0) {
            return 0;
        }
        int self = slotOf[asking.id];
        if (want == others) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (i != self) {
                    out[n++] = present[i];
                }
            }
            return shuffle(out, n, random);
        }
        // Robert Floyd's algorithm: `want` distinct slots among the others, with exactly `want` draws.
        int n = 0;
        for (int j = others - want; j < others; j++) {
            int t = random.nextInt(j + 1);
            int chosen = contains(picked, n, t) ? j : t;
            picked[n++] = chosen;
        }
        for (int i = 0; i < n; i++) {
            int slot = picked[i] >= self ? picked[i] + 1 : picked[i];
            out[i] = present[slot];
        }
        return shuffle(out, n, random);
    }

    /**
     * Fisher-Yates: the list's order matters (a peer near its connection limit connects to the
     * first ones), and neither Floyd's picks nor the tracker's slots come in random order.
     */
    private static int shuffle(Peer[] peers, int n, UniformRandomProvider random) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Peer t = peers[i];
            peers[i] = peers[j];
            peers[j] = t;
        }
        return n;
    }

    private static boolean contains(int[] values, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }
}
