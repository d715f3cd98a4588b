package atlas.protocols.piece;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A piece selection policy: which new piece to start downloading from a peer. Strict priority
 * for pieces already in progress and endgame are {@link PieceDownload}'s, so every policy gets
 * them. Policies are registered by name in {@link PiecePickers#REGISTRY}.
 */
public interface PiecePicker {

    /**
     * The next NEW piece to start downloading from a peer with bitfield {@code remote}, or -1.
     * Never returns a piece we have, the remote lacks, or that is already in progress.
     * {@code remote} must be counted in the view's availability (a connected peer).
     */
    int pickPiece(Bitfield remote, PickerView view, UniformRandomProvider random);
}
