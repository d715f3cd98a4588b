package atlas.sim.validation;

/**
 * Hajek and Zhu's missing-piece syndrome ("The missing piece syndrome in peer-to-peer
 * communication", Stochastic Systems 1(2), 2011): with one fixed seed uploading U_s pieces per
 * second, Poisson arrivals at rate lambda and peers that leave as soon as they complete, the swarm
 * is stable if U_s > lambda; if U_s < lambda, a "one club" of peers that lack one and the same piece
 * forms, and every member can only complete with a copy from the seed, so the club grows at
 * lambda - U_s. Zhu and Hajek ("Stability of a peer-to-peer communication system", IEEE Trans.
 * Inf. Theory 58(7), 2012) show that peers staying to upload about one more piece make it stable
 * for any lambda.
 *
 * @param arrivalsPerSecond lambda
 * @param seedPiecesPerSecond U_s: the seed's upload over the piece size
 */
public record MissingPieceModel(double arrivalsPerSecond, double seedPiecesPerSecond) {

    public MissingPieceModel {
        if (!(arrivalsPerSecond > 0) || !(seedPiecesPerSecond > 0)) {
            throw new IllegalArgumentException("arrival and seed rates must be positive");
        }
    }

    /** Whether peers that leave at once keep the swarm stable. */
    public boolean stableWhenLeavingAtOnce() {
        return seedPiecesPerSecond > arrivalsPerSecond;
    }

    /** How fast the one club grows, peers per second; 0 when stable. */
    public double clubGrowthPerSecond() {
        return Math.max(0, arrivalsPerSecond - seedPiecesPerSecond);
    }
}
