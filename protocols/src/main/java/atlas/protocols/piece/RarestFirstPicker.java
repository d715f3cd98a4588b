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
 * rare candidates it draws one uniformly, as mainline does ({@code PiecePicker._shift_over} puts
 * a piece at a random place in its bucket, {@code next} takes the first): peers that heard the
 * same HAVEs do not all ask for the same piece. The order inside a bucket is not random (a piece
 * whose count rises goes to the front of its new one, see {@link PieceAvailability}), so taking
 * the first candidate after a random start would favour those after long runs of
 * non-candidates, and the piece announced last: drawing ranks until one is a candidate, and
 * counting them when a few draws miss, is uniform whatever the order.
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

    /**
     * Ranks drawn among the ties before the candidates are counted instead: a draw hits as often
     * as candidates fill the bucket, nearly always against a seed. Counting reads the whole bucket,
     * which a partial remote's sparse candidates made dear at 4 draws (3,000-peer benchmark: 3 %
     * more CPU than the biased walk); at 12 it costs nothing measurable.
     */
    private static final int DRAWS = 12;

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

    /** A uniformly random candidate as rare as the one at {@code first}, the first candidate rank of its bucket. */
    private static int amongTies(int first, Bitfield remote, PickerView view, UniformRandomProvider random) {
        int end = view.tieEnd(first);
        int ties = end - first;
        if (ties == 1) {
            return view.pieceAtRank(first);
        }
        for (int draw = 0; draw < DRAWS; draw++) {
            int piece = view.pieceAtRank(first + random.nextInt(ties));
            if (isCandidate(piece, remote, view)) {
                return piece;
            }
        }
        // Few candidates among the ties: one of them, counted.
        int candidates = 0;
        for (int r = first; r < end; r++) {
            candidates += isCandidate(view.pieceAtRank(r), remote, view) ? 1 : 0;
        }
        int chosen = random.nextInt(candidates);
        for (int r = first; ; r++) {
            int piece = view.pieceAtRank(r);
            if (isCandidate(piece, remote, view) && chosen-- == 0) {
                return piece;
            }
        }
    }

    private static boolean isCandidate(int piece, Bitfield remote, PickerView view) {
        return remote.get(piece) && !view.isInProgress(piece);
    }
}
