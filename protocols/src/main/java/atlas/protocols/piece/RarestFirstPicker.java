package atlas.protocols.piece;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Mainline's piece selection (Cohen, "Incentives Build Robustness in BitTorrent", 2003, section
 * 2.3; Legout et al., IMC 2006): a random piece until {@code randomFirstPieces} pieces are held,
 * so a newcomer quickly has something to trade (rare pieces come slowly), then the piece fewest
 * connected peers have ("local rarest first"), random among equally rare.
 *
 * <p>The pick walks {@link PickerView}'s ranking from the rarest bucket the peer can contribute
 * to, skipping pieces it lacks or that are in progress: no scan of all pieces. Among the equally
 * rare candidates it starts at a random rank and takes the first candidate from there, wrapping
 * around (libtorrent's random start): peers that heard the same HAVEs do not all ask for the same
 * piece.
 */
public final class RarestFirstPicker implements PiecePicker {

    /**
     * @param randomFirstPieces pieces picked at random before switching to rarest first
     *                          (mainline and libtorrent's {@code initial_picker_threshold}: 4)
     */
    public record Params(int randomFirstPieces) {
        public Params {
            if (randomFirstPieces < 0) {
                throw new IllegalArgumentException("randomFirstPieces must be >= 0, not " + randomFirstPieces);
            }
        }

        public static Params defaults() {
            return new Params(4);
        }
    }

    private final int randomFirstPieces;

    public RarestFirstPicker(Params params) {
        this.randomFirstPieces = params.randomFirstPieces();
    }

    @Override
    public int pickPiece(Bitfield remote, PickerView view, UniformRandomProvider random) {
        if (view.haveCount() < randomFirstPieces) {
            return RandomPicker.pickFromRandomStart(remote, view, random);
        }
        // Every piece a seed has is ranked; a non-seed's pieces have at least one non-seed holder.
        int start = remote.isComplete() ? 0 : view.firstRankHeldByPeers();
        int end = view.rankedCount();
        for (int r = start; r < end; r++) {
            if (isCandidate(view.pieceAtRank(r), remote, view)) {
                return amongTies(r, remote, view, random);
            }
        }
        return -1;
    }

    /** A random candidate as rare as the one at {@code first}, the first candidate rank of its bucket. */
    private static int amongTies(int first, Bitfield remote, PickerView view, UniformRandomProvider random) {
        int end = view.tieEnd(first);
        int ties = end - first;
        int rank = first + (ties > 1 ? random.nextInt(ties) : 0);
        // Wraps by comparison, not by a remainder: a division per step is dear in a long bucket.
        for (int k = 0; k < ties; k++) {
            int piece = view.pieceAtRank(rank);
            if (isCandidate(piece, remote, view)) {
                return piece;
            }
            if (++rank == end) {
                rank = first;
            }
        }
        throw new AssertionError("the rank " + first + " candidate vanished");
    }

    private static boolean isCandidate(int piece, Bitfield remote, PickerView view) {
        return remote.get(piece) && !view.isInProgress(piece);
    }
}
