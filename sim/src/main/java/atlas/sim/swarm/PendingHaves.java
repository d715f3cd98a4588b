package atlas.sim.swarm;

import java.util.Arrays;

/**
 * HAVEs each peer received and has not yet counted in its piece availability, for the whole
 * swarm, by peer id. A receiver counts its pending HAVEs in a run when it next reads its
 * availability (a pick, or a neighbour's departure), with its own state in cache, instead of every
 * sender reaching into the receiver's ranking arrays. Kept here rather than in each peer so that a
 * sender appends with one load into a small table of counts (4 bytes per peer, in cache) and one
 * store at the end of the receiver's buffer, without touching the receiver's peer object. Only
 * pieces are kept: no peer counted as a seed sends HAVEs (see {@code Peer#countPendingHaves}).
 */
final class PendingHaves {
    private static final int INITIAL_CAPACITY = 8;

    private int[][] pieces = new int[1024][];
    private int[] counts = new int[1024];

    /** A peer joined: its buffer starts empty. */
    void join(int peer) {
        if (peer >= pieces.length) {
            int size = Math.max(peer + 1, pieces.length * 2);
            pieces = Arrays.copyOf(pieces, size);
            counts = Arrays.copyOf(counts, size);
        }
        pieces[peer] = new int[INITIAL_CAPACITY];
    }

    void add(int peer, int piece) {
        int[] buffer = pieces[peer];
        int n = counts[peer];
        if (n == buffer.length) {
            buffer = Arrays.copyOf(buffer, 2 * n);
            pieces[peer] = buffer;
        }
        buffer[n] = piece;
        counts[peer] = n + 1;
    }

    /** The peer's pending pieces, oldest first: valid up to {@link #count}, until the next {@link #add} or {@link #clear}. */
    int[] pieces(int peer) {
        return pieces[peer];
    }

    int count(int peer) {
        return counts[peer];
    }

    void clear(int peer) {
        counts[peer] = 0;
    }

    /** The peer completed or left: it receives no more HAVEs, and its buffer is freed. */
    void release(int peer) {
        pieces[peer] = null;
        counts[peer] = 0;
    }
}
