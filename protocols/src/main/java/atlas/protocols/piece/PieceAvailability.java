package atlas.protocols.piece;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How many of our connected peers have each piece, with the pieces we still need kept ranked by
 * that count, rarest first, so a rarest-first pick walks from the front instead of scanning.
 *
 * <p>The ranking is libtorrent's ({@code src/piece_picker.cpp}: {@code m_pieces},
 * {@code m_priority_boundaries}, {@code inc_refcount}, {@code dec_refcount}, {@code we_have}): one
 * array of pieces sorted by peer count, and the start of each count's bucket. A piece whose count
 * rises by one swaps with the last piece of its bucket and the boundary moves past it, so every
 * HAVE is O(1); a fall is the mirror image. Unlike libtorrent, a moved piece does not then swap
 * with a random member of its new bucket: that doubles the memory a HAVE touches, and HAVEs far
 * outnumber picks. Pickers break ties among equally rare pieces themselves, at pick time
 * ({@link #tieEnd}); the order within a bucket is only shuffled once, at construction.
 *
 * <p>Seeds are one counter added to every piece's count, as libtorrent's {@code m_seeds}: a seed
 * joining or leaving changes no ranking and costs O(1). Pieces we have leave the ranking
 * ({@link #onWeHave}) and their counts freeze: nothing picks them any more, and skipping them
 * halves the work of the HAVEs a peer receives, the commonest event in a swarm. A piece leaves the
 * ranking once and never returns, so a departing peer's pieces are uncounted exactly where they
 * were counted.
 */
public final class PieceAvailability {

    /** Ints in a 64-byte cache line. */
    private static final int INTS_PER_LINE = 16;
    /**
     * {@link #onHaves} streams the arrays in for at least one HAVE per this many pieces (and
     * {@link #onWeHave} for as many buckets above the piece's): the arrays take 12 bytes a piece,
     * about pieceCount / 5 lines, a HAVE about three random lines, and a streamed line about a
     * quarter of a random one (on the 3,000-peer benchmark, 2 to 10 % less CPU in noisy runs).
     */
    private static final int STREAM_PIECES_PER_HAVE = 64;

    private final int pieceCount;
    /**
     * Per piece, side by side because every HAVE reads both: at {@code 2 * piece} the connected
     * peers other than those counted as seeds that have it; at {@code 2 * piece + 1} its index in
     * {@code order}, or -1 once we have it.
     */
    private final int[] state;
    /** Pieces we lack, ascending by peer count; only the first {@code ranked} entries count. */
    private final int[] order;
    private int ranked;
    /**
     * bucketStart[c] is the first rank of pieces held by c peers; the bucket ends where the next
     * begins. The last entry is always {@code ranked}, so every bucket has an end.
     */
    private int[] bucketStart;
    /**
     * A lower bound on the lowest count of a ranked piece, made exact when asked for: only a
     * swarm-wide census asks, so a peer's own instance never pays for it.
     */
    private int minPeers;
    private int seeds;
    /** See {@link #streamIn}. */
    private int streamed;

    public PieceAvailability(int pieceCount, UniformRandomProvider random) {
        if (pieceCount <= 0) {
            throw new IllegalArgumentException("piece count " + pieceCount);
        }
        this.pieceCount = pieceCount;
        this.state = new int[2 * pieceCount];
        this.order = new int[pieceCount];
        for (int i = 0; i < pieceCount; i++) {
            order[i] = i;
            state[2 * i + 1] = i;
        }
        // Shuffled from the start, as libtorrent shuffles each bucket: otherwise pieces only seeds
        // have (whose counts never move) would be picked in index order by every peer alike.
        for (int i = pieceCount - 1; i > 0; i--) {
            swap(i, random.nextInt(i + 1));
        }
        this.ranked = pieceCount;
        this.bucketStart = new int[] {0, pieceCount, pieceCount, pieceCount};
    }

    public int pieceCount() {
        return pieceCount;
    }

    /**
     * Connected peers that have {@code piece}, seeds included; for a piece we have, the count when
     * we got it plus the seeds now.
     */
    public int availability(int piece) {
        return state[2 * piece] + seeds;
    }

    /** Connected peers counted as seeds. */
    public int seeds() {
        return seeds;
    }

    /**
     * The smallest {@link #availability} of a piece we lack (of every piece, for an instance that
     * never calls {@link #onWeHave}, as a swarm-wide census does); {@link #seeds()} once we lack none.
     */
    public int minAvailability() {
        if (ranked == 0) {
            return seeds;
        }
        while (bucketStart[minPeers] == bucketStart[minPeers + 1]) {
            minPeers++;
        }
        return minPeers + seeds;
    }

    /** A peer's BITFIELD: a complete one counts as a seed in O(1), otherwise one HAVE per piece we lack. */
    public void onBitfield(Bitfield remote) {
        checkSize(remote);
        if (remote.isComplete()) {
            seeds++;
            return;
        }
        for (int i = remote.nextSetBit(0); i >= 0; i = remote.nextSetBit(i + 1)) {
            increment(i);
        }
    }

    /** A connected peer announced {@code piece}. Call once per piece newly set at that peer. Free for a piece we have. */
    public void onHave(int piece) {
        increment(piece);
    }

    /**
     * HAVEs from connected peers not counted as seeds: {@code pieces[0..count)}, counted in that
     * order, exactly as as many {@link #onHave} calls. For a client that defers counting (the
     * simulator does, so that a sender need not reach into every receiver's memory): a long run
     * first reads the arrays through, since a peer's arrays are then out of cache and streaming
     * them in costs less than the random misses of one HAVE after another, about three lines each.
     */
    public void onHaves(int[] pieces, int count) {
        if (count >= pieceCount / STREAM_PIECES_PER_HAVE) {
            streamIn();
        }
        for (int i = 0; i < count; i++) {
            increment(pieces[i]);
        }
    }

    /**
     * Reads one int per cache line of both arrays, in address order, so the processor's
     * prefetcher brings them in as a stream. The sum is kept only so the reads are not optimised away.
     */
    private void streamIn() {
        int sum = 0;
        for (int i = 0; i < state.length; i += INTS_PER_LINE) {
            sum += state[i];
        }
        for (int i = 0; i < order.length; i += INTS_PER_LINE) {
            sum += order[i];
        }
        streamed = sum;
    }

    /** A connected peer withdrew {@code piece} (BEP 54 lt_donthave). */
    public void onDontHave(int piece) {
        if (state[2 * piece + 1] < 0) {
            return;
        }
        if (state[2 * piece] == 0) {
            throw new IllegalStateException("piece " + piece + " has no peer to lose");
        }
        decrement(piece);
    }

    /**
     * A peer disconnected. {@code countedAsSeed} must say how its BITFIELD was counted: a peer
     * that joined as a seed is one counter; one that completed through HAVEs is counted per piece.
     */
    public void onPeerLeft(Bitfield remote, boolean countedAsSeed) {
        checkSize(remote);
        if (countedAsSeed) {
            onSeedLeft();
            return;
        }
        for (int i = remote.nextSetBit(0); i >= 0; i = remote.nextSetBit(i + 1)) {
            if (state[2 * i + 1] >= 0) {
                decrement(i);
            }
        }
    }

    public void onSeedJoined() {
        seeds++;
    }

    public void onSeedLeft() {
        if (seeds == 0) {
            throw new IllegalStateException("no seed to leave");
        }
        seeds--;
    }

    /**
     * We have {@code piece} now: it leaves the ranking. Each bucket above its own shifts down by
     * one (its first piece moves to its end), so this costs O(distinct counts), once per piece.
     */
    public void onWeHave(int piece) {
        int r = state[2 * piece + 1];
        if (r < 0) {
            return;
        }
        int c = state[2 * piece];
        // Every bucket above moves a piece, a few random lines each, as a HAVE does.
        if (bucketStart.length - c >= pieceCount / STREAM_PIECES_PER_HAVE) {
            streamIn();
        }
        int last = bucketStart[c + 1] - 1;
        swap(r, last);
        for (int b = c + 1; b < bucketStart.length; b++) {
            int end = (b + 1 < bucketStart.length ? bucketStart[b + 1] : ranked) - 1;
            if (end >= bucketStart[b]) {
                swap(bucketStart[b] - 1, end);
            }
            bucketStart[b]--;
        }
        ranked--;
        state[2 * piece + 1] = -1;
    }

    /** Whether {@code piece} is still ranked, i.e. we lack it. */
    public boolean isRanked(int piece) {
        return state[2 * piece + 1] >= 0;
    }

    /** How many pieces are ranked: the pieces we lack. */
    public int rankedCount() {
        return ranked;
    }

    /** The piece at {@code rank}: rank 0 is the rarest piece we lack; equally rare ones in no set order. */
    public int pieceAtRank(int rank) {
        if (rank < 0 || rank >= ranked) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + ranked);
        }
        return order[rank];
    }

    /**
     * The first rank whose piece at least {@code peerCount} non-seed peers have; ranks below it
     * are held by seeds only. {@link #rankedCount()} when there is none.
     */
    public int firstRankWithPeers(int peerCount) {
        return peerCount < bucketStart.length ? bucketStart[peerCount] : ranked;
    }

    /** The rank just past the last piece exactly as rare as the one at {@code rank}. */
    public int tieEnd(int rank) {
        if (rank < 0 || rank >= ranked) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + ranked);
        }
        return bucketStart[state[2 * order[rank]] + 1];
    }

    private void increment(int piece) {
        int r = state[2 * piece + 1];
        if (r < 0) {
            return;
        }
        int c = state[2 * piece];
        if (c + 2 >= bucketStart.length) {
            grow();
        }
        state[2 * piece] = c + 1;
        // Becomes the first member of bucket c + 1.
        int last = bucketStart[c + 1] - 1;
        swap(r, last);
        bucketStart[c + 1] = last;
    }

    private void decrement(int piece) {
        int c = state[2 * piece];
        state[2 * piece] = c - 1;
        if (c - 1 < minPeers) {
            minPeers = c - 1;
        }
        // Becomes the last member of bucket c - 1.
        int first = bucketStart[c];
        swap(state[2 * piece + 1], first);
        bucketStart[c] = first + 1;
    }

    private void swap(int i, int j) {
        int a = order[i];
        int b = order[j];
        order[i] = b;
        order[j] = a;
        state[2 * a + 1] = j;
        state[2 * b + 1] = i;
    }

    private void grow() {
        int old = bucketStart.length;
        bucketStart = Arrays.copyOf(bucketStart, old * 2);
        Arrays.fill(bucketStart, old, bucketStart.length, ranked);
    }

    private void checkSize(Bitfield remote) {
        if (remote.size() != pieceCount) {
            throw new IllegalArgumentException("bitfield of " + remote.size() + " pieces, torrent has " + pieceCount);
        }
    }
}
