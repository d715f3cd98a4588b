package atlas.protocols.piece;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Picks the lowest-numbered piece the peer has that we want, as a streaming client does
 * (libtorrent's {@code sequential_download}). Worst for the swarm's piece diversity; here as a
 * baseline.
 */
public final class SequentialPicker implements PiecePicker {

    /** The sequential picker has no parameters. */
    public record Params() {
    }

    @Override
    public int pickPiece(Bitfield remote, PickerView view, UniformRandomProvider random) {
        return RandomPicker.firstFree(remote, view, 0, view.pieceCount());
    }
}
