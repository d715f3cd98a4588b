package atlas.protocols.choke;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Per-round working arrays indexed like the caller's peer list, reused across rounds so a
 * rechoke allocates nothing once the arrays have grown to the largest peer count seen. A choker
 * fills {@link #weight} (0 means choke) and then {@link #apply}s it.
 */
final class RoundScratch {

    /** Upload weight decided for each peer this round; 0 chokes it. */
    double[] weight = new double[16];
    /** Whether each peer was choked when the round began (before any decision). */
    boolean[] wasChoked = new boolean[16];
    /** Whether each peer may take the optimistic unchoke being filled (choker-defined). */
    boolean[] eligible = new boolean[16];
    /** Whether each peer holds an optimistic unchoke this round. */
    boolean[] member = new boolean[16];
    /** Lottery tickets for {@link #draw}, cleared by {@link #reset}. */
    int[] tickets = new int[16];

    void reset(List<? extends ChokePeer> peers) {
        int n = peers.size();
        if (weight.length < n) {
            int capacity = Math.max(n, weight.length * 2);
            weight = new double[capacity];
            wasChoked = new boolean[capacity];
            eligible = new boolean[capacity];
            member = new boolean[capacity];
            tickets = new int[capacity];
        }
        for (int i = 0; i < n; i++) {
            weight[i] = 0.0;
            wasChoked[i] = peers.get(i).isChoked();
            eligible[i] = false;
            member[i] = false;
            tickets[i] = 0;
        }
    }

    void apply(List<? extends ChokePeer> peers) {
        for (int i = 0, n = peers.size(); i < n; i++) {
            ChokePeer peer = peers.get(i);
            if (weight[i] > 0.0) {
                peer.unchoke(weight[i]);
            } else {
                peer.choke();
            }
        }
    }

    /**
     * Draws one index whose {@link #tickets} are positive, with probability proportional to its
     * tickets, and zeroes its tickets so the next draw is without replacement; -1 if none is left.
     */
    int draw(int n, UniformRandomProvider random) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += tickets[i];
        }
        if (total == 0) {
            return -1;
        }
        long ticket = random.nextLong(total);
        for (int i = 0; i < n; i++) {
            ticket -= tickets[i];
            if (ticket < 0) {
                tickets[i] = 0;
                return i;
            }
        }
        throw new AssertionError("ticket beyond total");
    }
}
