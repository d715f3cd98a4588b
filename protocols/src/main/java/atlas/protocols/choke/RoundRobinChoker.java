package atlas.protocols.choke;

/**
 * libtorrent's {@code round_robin} seed choker ({@code src/choker.cpp} {@code unchoke_compare_rr}):
 * an unchoked peer keeps its slot until it has had its quota, at least {@code quotaBytes} and
 * {@code minTurn}; then it drops below every choked peer, and free slots go to the peers that have
 * waited longest. Every interested peer thus gets turns in rotation, each of
 * {@code max(minTurn, quotaBytes / rate)}: equal in time among peers of equal speed, longer for
 * slow peers. Unlike libtorrent, which applies its session-wide optimistic unchokes to every
 * seed choker, all {@code slots} are regular here (see the constructor).
 *
 * <p>libtorrent counts the bytes sent since the unchoke; {@link ChokePeer} carries no such
 * counter, so the turn's bytes are estimated as upload rate times time unchoked, exact for a
 * steady rate. Choked peers score 0 whatever their residual rate, as in libtorrent, so a peer
 * just choked does not jump the queue.
 */
public final class RoundRobinChoker extends LibtorrentSeedChoker {

    private static final double MICROS_PER_SECOND = 1_000_000.0;

    private final long quotaBytes;
    private final long minTurnMicros;

    public RoundRobinChoker(RoundRobinChokerParams params) {
        // No optimistic slot: the rotation reaches every interested peer by itself, and a short
        // optimistic turn would reset a peer's lastUnchokedAt, the waiting time the rotation
        // orders by, so that peer would lose its next full turn.
        super(params.roundInterval(), params.slots(), 0, 1);
        this.quotaBytes = params.quotaBytes();
        this.minTurnMicros = ParamChecks.micros(params.minTurn());
    }

    @Override
    double score(ChokePeer peer, boolean wasChoked, long now) {
        if (wasChoked) {
            return 0.0;
        }
        double rate = peer.uploadRate(now);
        long turn = now - peer.lastUnchokedAt();
        boolean quotaDone = turn > minTurnMicros && rate * (turn / MICROS_PER_SECOND) > quotaBytes;
        return quotaDone ? -1.0 : rate;
    }
}
