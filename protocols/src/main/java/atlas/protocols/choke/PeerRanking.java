package atlas.protocols.choke;

/**
 * The best k of a round's candidate peers by up to three keys, highest first; full ties keep
 * insertion (peer list) order so that a ranking is deterministic. Selection is a partial insertion sort,
 * O(n k) for n candidates, which beats a full sort for the handful of upload slots a choker fills
 * (libtorrent's choker uses {@code std::nth_element} for the same reason). Reused across rounds.
 */
final class PeerRanking {

    private int[] index = new int[16];
    private double[] primary = new double[16];
    private double[] secondary = new double[16];
    private double[] tieBreak = new double[16];
    private int size;

    void clear() {
        size = 0;
    }

    /** Adds the peer at list position {@code listIndex} with two keys. */
    void add(int listIndex, double primaryKey, double secondaryKey) {
        add(listIndex, primaryKey, secondaryKey, 0.0);
    }

    /** Adds the peer at list position {@code listIndex} with its keys; {@code tieBreakKey} is compared last. */
    void add(int listIndex, double primaryKey, double secondaryKey, double tieBreakKey) {
        if (size == index.length) {
            int capacity = size * 2;
            index = java.util.Arrays.copyOf(index, capacity);
            primary = java.util.Arrays.copyOf(primary, capacity);
            secondary = java.util.Arrays.copyOf(secondary, capacity);
            tieBreak = java.util.Arrays.copyOf(tieBreak, capacity);
        }
        index[size] = listIndex;
        primary[size] = primaryKey;
        secondary[size] = secondaryKey;
        tieBreak[size] = tieBreakKey;
        size++;
    }

    /**
     * Moves the best {@code k} candidates (all of them if fewer were added), best first, to ranks
     * 0.. and returns how many that is; the order of the rest is unspecified.
     */
    int selectTop(int k) {
        int top = Math.min(Math.max(k, 0), size);
        if (top == 0) {
            return 0;
        }
        int filled = 0;
        for (int i = 0; i < size; i++) {
            if (filled < top) {
                swap(filled, i);
                siftUp(filled);
                filled++;
            } else if (better(i, top - 1)) {
                swap(top - 1, i);
                siftUp(top - 1);
            }
        }
        return top;
    }

    /** The list position of the candidate at {@code rank}. */
    int listIndex(int rank) {
        return index[rank];
    }

    double primary(int rank) {
        return primary[rank];
    }

    /** Strictly better: equal keys keep the earlier candidate ahead, which keeps ties stable. */
    private boolean better(int a, int b) {
        if (primary[a] != primary[b]) {
            return primary[a] > primary[b];
        }
        if (secondary[a] != secondary[b]) {
            return secondary[a] > secondary[b];
        }
        if (tieBreak[a] != tieBreak[b]) {
            return tieBreak[a] > tieBreak[b];
        }
        return index[a] < index[b];
    }

    private void siftUp(int rank) {
        for (int r = rank; r > 0 && better(r, r - 1); r--) {
            swap(r, r - 1);
        }
    }

    private void swap(int a, int b) {
        int ti = index[a];
        index[a] = index[b];
        index[b] = ti;
        double tp = primary[a];
        primary[a] = primary[b];
        primary[b] = tp;
        double ts = secondary[a];
        secondary[a] = secondary[b];
        secondary[b] = ts;
        double tt = tieBreak[a];
        tieBreak[a] = tieBreak[b];
        tieBreak[b] = tt;
    }
}
