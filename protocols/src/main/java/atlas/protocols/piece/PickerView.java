package atlas.protocols.piece;

/**
 * What a {@link PiecePicker} may read of the local download, and nothing more: which pieces we
 * still want, which are already being downloaded, and the ranking of the wanted pieces by
 * availability (bt's read-only {@code PieceStatistics}, narrowed to what the pickers use).
 * Implemented by {@link PieceDownload}; valid only while the download does not change.
 */
public interface PickerView {

    int pieceCount();

    /** Pieces we have, verified. */
    int haveCount();

    /** The first piece at or after {@code from} that {@code remote} has and we lack, or -1. */
    int nextWanted(Bitfield remote, int from);

    /** Whether some of the piece's blocks are requested or received already. */
    boolean isInProgress(int piece);

    /** How many pieces we lack: the length of the availability ranking. */
    int rankedCount();

    /** The piece we lack at {@code rank}, rarest first; equally rare pieces in no meaningful order. */
    int pieceAtRank(int rank);

    /** The rank just past the last piece exactly as rare as the one at {@code rank}. */
    int tieEnd(int rank);

    /**
     * The first rank a peer that is not counted as a seed can have: pieces ranked before it are
     * held by seeds only, so a walk for such a peer may start here.
     */
    int firstRankHeldByPeers();
}
