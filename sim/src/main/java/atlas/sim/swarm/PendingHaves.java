package atlas.sim.swarm;

import atlas.protocols.piece.PieceAvailability;
import java.util.Arrays;

/**
 * HAVEs each peer received and has not yet counted in its piece availability, for the whole
 * swarm, by seat ({@link Seats}). A receiver counts its pending HAVEs in a run when it next reads
 * its availability (a pick, or a neighbour's departure), with its own state in cache, instead of
 * every sender reaching into the receiver's ranking arrays.
 *
 * <p>A sender appends with a load from the small table of counts and a store into the receiver's
 * slice of one shared array: no load from the receiver's memory, which a buffer of its own would
 * cost (its length is read before every store). HAVEs beyond a slice go to a spill buffer, in
 * order. Only pieces are kept: no peer counted as a seed sends HAVEs (see
 * {@code Peer#countPendingHaves}).
 */
final class PendingHaves {
    /** HAVEs a seat holds before spilling: a receiver usually counts far fewer between two picks. */
    private static final int SLICE = 64;

    private int[] slices = new int[0];
    private int[] counts = new int[0];
    private int[][] spills = new int[0][];
    private int[] scratch = new int[SLICE];

    /** A peer took {@code seat}: its buffer starts empty. */
    void seat(int seat) {
        if (seat >= counts.length) {
            int size = Math.max(seat + 1, 2 * counts.length);
            counts = Arrays.copyOf(counts, size);
            spills = Arrays.copyOf(spills, size);
            slices = Arrays.copyOf(slices, size * SLICE);
        }
        counts[seat] = 0;
        spills[seat] = null;
    }

    void add(int seat, int piece) {
        int n = counts[seat];
        if (n < SLICE) {
            slices[seat * SLICE + n] = piece;
        } else {
            spill(seat, n - SLICE, piece);
        }
        counts[seat] = n + 1;
    }

    private void spill(int seat, int at, int piece) {
        int[] spill = spills[seat];
        if (spill == null) {
            spill = new int[SLICE];
            spills[seat] = spill;
        } else if (at == spill.length) {
            spill = Arrays.copyOf(spill, 2 * at);
            spills[seat] = spill;
        }
        spill[at] = piece;
    }

    int count(int seat) {
        return counts[seat];
    }

    /** Counts the seat's pending HAVEs in {@code availability}, oldest first, and empties the buffer. */
    void countInto(int seat, PieceAvailability availability) {
        int n = counts[seat];
        if (scratch.length < n) {
            scratch = new int[Math.max(n, 2 * scratch.length)];
        }
        System.arraycopy(slices, seat * SLICE, scratch, 0, Math.min(n, SLICE));
        if (n > SLICE) {
            System.arraycopy(spills[seat], 0, scratch, SLICE, n - SLICE);
        }
        availability.onHaves(scratch, n);
        counts[seat] = 0;
    }

    /** The peer completed or left: it receives no more HAVEs. */
    void release(int seat) {
        counts[seat] = 0;
        spills[seat] = null;
    }
}
