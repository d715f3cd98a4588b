package atlas.protocols.choke;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Leecher choking of mainline BitTorrent 4.x ({@code BitTorrent/Choker.py}, Bram Cohen; Cohen,
 * "Incentives Build Robustness in BitTorrent", 2003).
 * <ul>
 * <li>Regular slots: the {@code slots - 1} interested, non-snubbed peers with the best download
 * rate to us. A peer is snubbed when it has sent no block for {@code snubTimeout} since the later
 * of its last block and its connection: the grace for a new peer is ours (mainline 4.x's
 * {@code SingleDownload} starts with {@code last = 0}, so a new peer is snubbed until its first
 * block), so that a newcomer is ranked by its rate rather than passed over.</li>
 * <li>Optimistic unchokes: as many interested peers outside the regular set as leave
 * {@code slots} interested peers unchoked, at least one (BitTornado's Choker.py fills up to
 * {@code max_uploads}, so snubbing frees slots for discovery instead of wasting them). They are
 * drawn at random every {@code optimisticRounds} rounds, among peers we were choking if there are
 * any. A peer connected less than {@code newPeerAge} ago holds {@code newPeerWeight} lottery
 * tickets: mainline 3.x inserts a new connection at {@code max(randrange(-2, n + 1), 0)} of its
 * rotation list, i.e. at the head, the next optimistic pick, three times as often. Between
 * rotations an optimistic peer keeps its unchoke unless it leaves, loses interest or wins a
 * regular slot; only then is its place redrawn.</li>
 * <li>Uninterested peers that upload to us faster than the slowest regular peer are unchoked
 * too, outside the slots, so that they can request as soon as they become interested; the caller
 * then reports the interest change and the rechoke ranks them. Choker.py unchokes uninterested
 * peers without counting them ({@code if u.interested: count -= 1}) as they come in its rotation
 * order; we select them by the rate rule the protocol's description states (theory.org
 * BitTorrentSpecification, "Choking and Optimistic Unchoking").</li>
 * </ul>
 */
public final class MainlineChoker implements Choker {

    private final int slots;
    private final int optimisticRounds;
    private final int newPeerWeight;
    private final long roundMicros;
    private final long snubMicros;
    private final long newPeerAgeMicros;
    private final RoundScratch scratch = new RoundScratch();
    private final PeerRanking ranking = new PeerRanking();
    private final OptimisticSet optimistic;
    private long round;

    public MainlineChoker(MainlineChokerParams params) {
        this.slots = params.slots();
        this.optimisticRounds = params.optimisticRounds();
        this.newPeerWeight = params.newPeerWeight();
        this.roundMicros = ParamChecks.micros(params.roundInterval());
        this.snubMicros = ParamChecks.micros(params.snubTimeout());
        this.newPeerAgeMicros = ParamChecks.micros(params.newPeerAge());
        this.optimistic = new OptimisticSet(slots);
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
        rechoke(peers, now, random, (round - 1) % optimisticRounds == 0);
    }

    @Override
    public void onPeersChanged(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        rechoke(peers, now, random, false);
    }

    private void rechoke(List<? extends ChokePeer> peers, long now, UniformRandomProvider random, boolean rotate) {
        int n = peers.size();
        scratch.reset(peers);
        ranking.clear();
        for (int i = 0; i < n; i++) {
            ChokePeer peer = peers.get(i);
            if (peer.isInterested() && !isSnubbed(peer, now)) {
                ranking.add(i, peer.downloadRate(now), 0.0);
            }
        }
        int regularSlots = slots - 1;
        int regular = ranking.selectTop(regularSlots);
        for (int r = 0; r < regular; r++) {
            scratch.weight[ranking.listIndex(r)] = 1.0;
        }
        double uninterestedThreshold = regular == regularSlots && regular > 0 ? ranking.primary(regular - 1) : 0.0;

        for (int i = 0; i < n; i++) {
            scratch.eligible[i] = scratch.weight[i] == 0.0 && peers.get(i).isInterested();
        }
        int wanted = slots - regular;
        if (rotate) {
            optimistic.clear();
        } else {
            optimistic.retain(peers, scratch.eligible, wanted, scratch.member);
        }
        optimistic.fill(peers, scratch, wanted, now, newPeerWeight, newPeerAgeMicros, random);

        for (int i = 0; i < n; i++) {
            ChokePeer peer = peers.get(i);
            if (scratch.member[i]) {
                scratch.weight[i] = 1.0;
            } else if (!peer.isInterested() && !isSnubbed(peer, now)
                    && peer.downloadRate(now) > uninterestedThreshold) {
                scratch.weight[i] = 1.0;
            }
        }
        scratch.apply(peers);
    }

    private boolean isSnubbed(ChokePeer peer, long now) {
        return now - Math.max(peer.lastBlockReceivedAt(), peer.connectedAt()) > snubMicros;
    }
}
