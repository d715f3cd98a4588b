package atlas.protocols.choke;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The peers currently holding optimistic unchokes, kept by identity across rounds because the
 * caller's peer list carries no stable ids. Holds at most a few peers, so membership tests are
 * linear scans.
 */
final class OptimisticSet {

    private ChokePeer[] members;
    private int size;

    OptimisticSet(int capacity) {
        members = new ChokePeer[Math.max(1, capacity)];
    }

    int size() {
        return size;
    }

    void clear() {
        java.util.Arrays.fill(members, 0, size, null);
        size = 0;
    }

    void add(ChokePeer peer) {
        if (size == members.length) {
            members = java.util.Arrays.copyOf(members, size * 2);
        }
        members[size++] = peer;
    }

    /** Keeps the {@code n} earliest-added members. */
    void truncate(int n) {
        for (int i = n; i < size; i++) {
            members[i] = null;
        }
        size = Math.min(size, n);
    }

    /**
     * Keeps at most {@code limit} members (earliest first) among those still in {@code peers}
     * at a position where {@code eligible} is set, and sets {@code member} at their positions.
     */
    void retain(List<? extends ChokePeer> peers, boolean[] eligible, int limit, boolean[] member) {
        int kept = 0;
        for (int m = 0; m < size; m++) {
            int at = indexOf(peers, members[m]);
            if (at >= 0 && eligible[at] && kept < limit) {
                member[at] = true;
                members[kept++] = members[m];
            }
        }
        truncate(kept);
    }

    /**
     * Draws members until there are {@code wanted}, among peers marked {@code eligible} and not yet
     * members, at random: peers we were choking first (a rotation should reach someone new, as
     * mainline's rotation moves to the first choked interested peer), then any eligible peer. A
     * peer connected less than {@code newPeerAgeMicros} ago holds {@code newPeerWeight} lottery
     * tickets, any other peer one.
     */
    void fill(List<? extends ChokePeer> peers, RoundScratch scratch, int wanted, long now,
            int newPeerWeight, long newPeerAgeMicros, UniformRandomProvider random) {
        int n = peers.size();
        for (int pass = 0; pass < 2 && size < wanted; pass++) {
            boolean chokedOnly = pass == 0;
            for (int i = 0; i < n; i++) {
                boolean candidate = scratch.eligible[i] && !scratch.member[i]
                        && (!chokedOnly || scratch.wasChoked[i]);
                scratch.tickets[i] = !candidate ? 0
                        : now - peers.get(i).connectedAt() < newPeerAgeMicros ? newPeerWeight : 1;
            }
            while (size < wanted) {
                int drawn = scratch.draw(n, random);
                if (drawn < 0) {
                    break;
                }
                add(peers.get(drawn));
                scratch.member[drawn] = true;
            }
        }
    }

    private static int indexOf(List<? extends ChokePeer> peers, ChokePeer peer) {
        for (int i = 0, n = peers.size(); i < n; i++) {
            if (peers.get(i) == peer) {
                return i;
            }
        }
        return -1;
    }
}
