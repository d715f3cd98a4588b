package atlas.sim.swarm;

import java.util.Arrays;

/**
 * Which peer has which piece, for the whole swarm, in one array of bits indexed by seat
 * ({@link Seats}): a mirror of every seated peer's own bitfield, kept for the HAVE broadcast. A
 * peer that completes a piece asks, for each of its 80 or so neighbours, whether that neighbour
 * already has it; through the neighbours' own bitfields that is three dependent loads into memory
 * the sender does not own (peer, bitfield, words), here one load into an array of a bit per seat
 * and piece (1.25 MB at 10,000 peers and 1,000 pieces), which stays in cache far better. The next
 * peer in a seat starts from a cleared row.
 */
final class PieceHolders {
    private final int wordsPerSeat;
    private long[] bits;

    PieceHolders(int pieceCount) {
        this.wordsPerSeat = (pieceCount + 63) >>> 6;
        this.bits = new long[wordsPerSeat * 64];
    }

    /** A peer took {@code seat} with no pieces, or with every one of {@code pieceCount} pieces. */
    void seat(int seat, boolean complete, int pieceCount) {
        int start = seat * wordsPerSeat;
        int end = start + wordsPerSeat;
        if (end > bits.length) {
            bits = Arrays.copyOf(bits, Math.max(end, bits.length * 2));
        }
        Arrays.fill(bits, start, end, 0L);
        if (complete) {
            for (int p = 0; p < pieceCount; p++) {
                set(seat, p);
            }
        }
    }

    void set(int seat, int piece) {
        bits[seat * wordsPerSeat + (piece >>> 6)] |= 1L << piece;
    }

    boolean has(int seat, int piece) {
        return (bits[seat * wordsPerSeat + (piece >>> 6)] & (1L << piece)) != 0;
    }
}
