package atlas.sim.swarm;

import java.util.Arrays;

/**
 * Which peer has which piece, for the whole swarm, in one array of bits indexed by peer id: a
 * mirror of every peer's own bitfield, kept for the HAVE broadcast. A peer that completes a piece
 * asks, for each of its 80 or so neighbours, whether that neighbour already has it; through the
 * neighbours' own bitfields that is three dependent loads into memory the sender does not own
 * (peer, bitfield, words), here one load into an array of a few bits per peer and piece (1.25 MB
 * at 10,000 peers and 1,000 pieces), which stays in cache. Bits are only ever set: a departed
 * peer's row is never read again, since nobody is connected to it.
 */
final class PieceHolders {
    private final int wordsPerPeer;
    private long[] bits;

    PieceHolders(int pieceCount) {
        this.wordsPerPeer = (pieceCount + 63) >>> 6;
        this.bits = new long[wordsPerPeer * 1024];
    }

    /** A peer joined with no pieces, or with every one of {@code pieceCount} pieces. */
    void join(int peer, boolean complete, int pieceCount) {
        int end = (peer + 1) * wordsPerPeer;
        if (end > bits.length) {
            bits = Arrays.copyOf(bits, Math.max(end, bits.length * 2));
        }
        if (complete) {
            for (int p = 0; p < pieceCount; p++) {
                set(peer, p);
            }
        }
    }

    void set(int peer, int piece) {
        bits[peer * wordsPerPeer + (piece >>> 6)] |= 1L << piece;
    }

    boolean has(int peer, int piece) {
        return (bits[peer * wordsPerPeer + (piece >>> 6)] & (1L << piece)) != 0;
    }
}
