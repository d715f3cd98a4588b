package atlas.protocols.choke;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Seed choking of mainline BitTorrent 4.x ({@code Choker._rechoke_seed}; Legout et al., "Rarest
 * First and Choke Algorithms Are Enough", IMC 2006). Every round the interested peers we
 * unchoked are ordered by the time they were last unchoked, most recent first, ties by our upload
 * rate to them; the first {@code slots - f} keep their slot, where {@code f}, the forced new
 * unchokes, follows Choker.py: {@code (u + round % 3) / 3} with {@code u = (slots + 2) / 3} new
 * peers per three rounds (with 4 slots: 3 kept + 1 new in two rounds of three, 4 kept in the
 * third), less the peers already unchoked since the last round to fill slots freed by departures
 * or lost interest. So a peer keeps its slot for a while and then makes way: seeding time is
 * spread evenly rather than given to the fastest downloaders.
 *
 * <p>Free slots go to the choked interested peers that have waited longest since their last
 * unchoke, never-unchoked peers first and ties at random. Choker.py gets the same round-robin by
 * rotating its randomly ordered connection list past the last peer it unchoked.
 *
 * <p>Deviations, both small: Choker.py ranks peers unchoked three or more rounds ago by upload
 * rate alone, below all more recent ones, which lets the fastest old peers keep their slots; we
 * order all of them by unchoke time as the reference description does. And it charges every
 * slot left free in a between-rounds rechoke against the next forced unchokes, filled or not; we
 * charge only the unchokes actually made.
 */
public final class MainlineSeedChoker implements Choker {

    /** Mainline's rotation period in rounds: 30 s of 10 s rounds. */
    private static final int PERIOD_ROUNDS = 3;

    private final int slots;
    private final long roundMicros;
    private final RoundScratch scratch = new RoundScratch();
    private final PeerRanking ranking = new PeerRanking();
    private long round;
    private int unchokesSinceLastRound;

    public MainlineSeedChoker(MainlineSeedChokerParams params) {
        this.slots = params.slots();
        this.roundMicros = ParamChecks.micros(params.roundInterval());
    }

    @Override
    public long roundInterval() {
        return roundMicros;
    }

    @Override
    public int slots() {
        return slots;
    }

    @Override
    public void onRound(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        round++;
        int perPeriod = (slots + 2) / PERIOD_ROUNDS;
        int forced = (int) ((perPeriod + round % PERIOD_ROUNDS) / PERIOD_ROUNDS);
        rechoke(peers, now, random, Math.max(0, forced - unchokesSinceLastRound));
        unchokesSinceLastRound = 0;
    }

    @Override
    public void onPeersChanged(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        unchokesSinceLastRound += rechoke(peers, now, random, 0);
    }

    /** Rechokes keeping at most {@code slots - forced} unchoked peers; returns the new unchokes. */
    private int rechoke(List<? extends ChokePeer> peers, long now, UniformRandomProvider random, int forced) {
        int n = peers.size();
        scratch.reset(peers);
        ranking.clear();
        for (int i = 0; i < n; i++) {
            ChokePeer peer = peers.get(i);
            if (peer.isInterested() && !scratch.wasChoked[i]) {
                ranking.add(i, peer.lastUnchokedAt(), peer.uploadRate(now));
            }
        }
        int kept = ranking.selectTop(slots - Math.min(forced, slots));
        for (int r = 0; r < kept; r++) {
            scratch.weight[ranking.listIndex(r)] = 1.0;
        }

        ranking.clear();
        for (int i = 0; i < n; i++) {
            ChokePeer peer = peers.get(i);
            if (peer.isInterested() && scratch.weight[i] == 0.0) {
                // Choked peers by how long they have waited; peers we just dropped come last.
                double waited = scratch.wasChoked[i] ? -(double) peer.lastUnchokedAt() : Double.NEGATIVE_INFINITY;
                ranking.add(i, waited, 0.0, random.nextDouble());
            }
        }
        int added = ranking.selectTop(slots - kept);
        int newUnchokes = 0;
        for (int r = 0; r < added; r++) {
            int i = ranking.listIndex(r);
            scratch.weight[i] = 1.0;
            if (scratch.wasChoked[i]) {
                newUnchokes++;
            }
        }
        scratch.apply(peers);
        return newUnchokes;
    }
}
