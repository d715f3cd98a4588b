package atlas.protocols.piece;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Picks a random piece the peer has that we want. As libtorrent's random pick
 * ({@code piece_picker::pick_pieces} without rarest-first), it starts at a uniformly random
 * piece index and takes the first candidate from there, wrapping around: one random draw and a
 * word-at-a-time scan, not a uniform draw over the candidates (a candidate after a long run of
 * non-candidates is likelier).
 */
public final class RandomPicker implements PiecePicker {

    /** The random picker has no parameters. */
    public record Params() {
    }

    @Override
    public int pickPiece(Bitfield remote, PickerView view, UniformRandomProvider random) {
        return pickFromRandomStart(remote, view, random);
    }

    /** A candidate piece found from a random start, or -1; shared with rarest-first's first pieces. */
    static int pickFromRandomStart(Bitfield remote, PickerView view, UniformRandomProvider random) {
        int start = random.nextInt(view.pieceCount());
        int piece = firstFree(remote, view, start, view.pieceCount());
        return piece >= 0 ? piece : firstFree(remote, view, 0, start);
    }

    /** The first piece in [from, to) the remote has, we lack and nobody is downloading, or -1. */
    static int firstFree(Bitfield remote, PickerView view, int from, int to) {
        for (int p = view.nextWanted(remote, from); p >= 0 && p < to; p = view.nextWanted(remote, p + 1)) {
            if (!view.isInProgress(p)) {
                return p;
            }
        }
        return -1;
    }
}
