package atlas.sim.swarm;

import java.util.Arrays;

/**
 * Seat numbers for the peers present: small integers, a departed peer's seat going to the next
 * arrival, so that the swarm-wide arrays indexed by seat ({@link PendingHaves},
 * {@link PieceHolders}) are as large as the most peers ever present at once, not as all arrivals
 * of a long run. The most recently freed seat is taken first.
 */
final class Seats {
    private int[] free = new int[64];
    private int freeCount;
    private int taken;

    int take() {
        return freeCount > 0 ? free[--freeCount] : taken++;
    }

    void release(int seat) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, 2 * freeCount);
        }
        free[freeCount++] = seat;
    }
}
