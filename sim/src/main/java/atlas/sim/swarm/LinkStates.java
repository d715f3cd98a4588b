package atlas.sim.swarm;

import java.util.Arrays;

/**
 * What HAVE broadcasts read and write of every connection, for the whole swarm in one int array:
 * per end of a connection ({@link Link#slot}; the other end is {@code slot ^ 1}), how many of the
 * other end's pieces it lacks and two flags. A peer completing a piece visits each of its 80 or so
 * neighbours, and a visit used to follow pointers into both ends' links, the neighbour's peer and
 * its bitfield, each a cache miss in gigabytes of heap. Here both ends' states of a connection
 * share 8 bytes, and all connections of a 10,000-peer swarm take under 3 MB, so a visit is one
 * load, far more often a cache hit; {@link PieceHolders} and {@link PendingHaves} hold the rest.
 * Slots of closed connections are reused first, keeping the array dense.
 *
 * <p>An end's int: the count in the low bits (its interest is this count being positive; not
 * kept up while the other end is complete, see {@link Link#wanted}), then the flags.
 */
final class LinkStates {
    /** The end's peer has every piece. */
    static final int COMPLETE = 1 << 30;
    /**
     * The end is interested in the other and not choked by it: a piece the other end announces may
     * let it request at once. Without this flag a HAVE's receiver has nothing to do but count it.
     */
    static final int REQUESTING = 1 << 29;
    /** The count's bits: more than any torrent's piece count. */
    static final int WANTS = REQUESTING - 1;

    private int[] states = new int[2048];
    private int[] free = new int[64];
    private int freeCount;
    private int used;

    /** Slots for a new connection's two ends, both zero: the first end's slot (even); the other is it plus one. */
    int open() {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            slot = 2 * used++;
            if (slot + 2 > states.length) {
                states = Arrays.copyOf(states, 2 * states.length);
            }
        }
        states[slot] = 0;
        states[slot + 1] = 0;
        return slot;
    }

    /** The connection of end {@code slot} closed: its slots may be reused. */
    void close(int slot) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, 2 * freeCount);
        }
        free[freeCount++] = slot & ~1;
    }

    /**
     * The array itself, indexed by slot, for a broadcast's loop; valid until the next {@link #open},
     * which may replace it.
     */
    int[] array() {
        return states;
    }

    int wants(int slot) {
        return states[slot] & WANTS;
    }

    void setWants(int slot, int pieces) {
        if (pieces < 0 || pieces > WANTS) {
            throw new IllegalArgumentException("piece count " + pieces + " out of range");
        }
        states[slot] = (states[slot] & ~WANTS) | pieces;
    }

    boolean is(int slot, int flag) {
        return (states[slot] & flag) != 0;
    }

    void set(int slot, int flag, boolean on) {
        states[slot] = on ? states[slot] | flag : states[slot] & ~flag;
    }
}
