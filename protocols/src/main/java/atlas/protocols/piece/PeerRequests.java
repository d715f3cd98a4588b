package atlas.protocols.piece;

import java.util.Arrays;

/**
 * One connection's side of a {@link PieceDownload}: the remote's bitfield and the blocks we have
 * requested from it and not yet received, oldest first, in small primitive arrays (the pipeline
 * holds a handful). Made by {@link PieceDownload#onPeerConnected} and changed only through it.
 *
 * @param <C> the caller's connection type
 */
public final class PeerRequests<C> {

    private final C connection;
    private final Bitfield remote;
    private final boolean countedAsSeed;
    private int[] pieces;
    private int[] blocks;
    private long[] requestedAt;
    private int size;
    /** Position in the download's peer list, -1 once the peer has left. */
    int index;
    /** The download that made it, so a call with another download's peer fails at once. */
    final PieceDownload<C> owner;

    PeerRequests(PieceDownload<C> owner, C connection, Bitfield remote, int capacity, int index) {
        this.owner = owner;
        this.connection = connection;
        this.remote = remote;
        this.countedAsSeed = remote.isComplete();
        this.pieces = new int[capacity];
        this.blocks = new int[capacity];
        this.requestedAt = new long[capacity];
        this.index = index;
    }

    public C connection() {
        return connection;
    }

    /** The caller's bitfield of the remote, as announced to us (BITFIELD, then HAVEs). */
    public Bitfield remote() {
        return remote;
    }

    /** Whether the remote was a seed when it connected, so availability counts it as one seed. */
    public boolean countedAsSeed() {
        return countedAsSeed;
    }

    /** Blocks requested from this peer and not yet received, dropped, expired or cancelled. */
    public int outstanding() {
        return size;
    }

    /** The piece of the {@code i}-th outstanding request, oldest first. */
    public int outstandingPiece(int i) {
        checkIndex(i);
        return pieces[i];
    }

    public int outstandingBlock(int i) {
        checkIndex(i);
        return blocks[i];
    }

    /** When the {@code i}-th outstanding request was made, on the caller's clock. */
    public long requestedAt(int i) {
        checkIndex(i);
        return requestedAt[i];
    }

    /** Whether block {@code block} of {@code piece} is outstanding at this peer. */
    public boolean isOutstanding(int piece, int block) {
        return indexOf(piece, block) >= 0;
    }

    int indexOf(int piece, int block) {
        for (int i = 0; i < size; i++) {
            if (pieces[i] == piece && blocks[i] == block) {
                return i;
            }
        }
        return -1;
    }

    void add(int piece, int block, long now) {
        if (size == pieces.length) {
            int capacity = Math.max(4, size * 2);
            pieces = Arrays.copyOf(pieces, capacity);
            blocks = Arrays.copyOf(blocks, capacity);
            requestedAt = Arrays.copyOf(requestedAt, capacity);
        }
        pieces[size] = piece;
        blocks[size] = block;
        requestedAt[size] = now;
        size++;
    }

    /** Removes the {@code i}-th request, keeping the others oldest first. */
    void removeAt(int i) {
        int tail = size - i - 1;
        System.arraycopy(pieces, i + 1, pieces, i, tail);
        System.arraycopy(blocks, i + 1, blocks, i, tail);
        System.arraycopy(requestedAt, i + 1, requestedAt, i, tail);
        size--;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("request " + i + " of " + size);
        }
    }

    @Override
    public String toString() {
        return "PeerRequests[" + connection + ", " + size + " outstanding]";
    }
}
