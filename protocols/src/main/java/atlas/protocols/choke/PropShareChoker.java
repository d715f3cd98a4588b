package atlas.protocols.choke;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Proportional-share choking, PropShare (Levin, LaCurts, Spring, Bhattacharjee, "BitTorrent is an
 * Auction: Analyzing and Improving BitTorrent's Incentives", SIGCOMM 2008): each round, upload is
 * divided among the peers that gave us data in the last round in proportion to what each gave
 * (the paper argues that this leaves a peer no gain from strategic manipulation; here only the
 * best {@code slots - 1} contributors share, so below that cut a peer gets nothing and the ranking
 * race returns: set {@code slots} above the number of likely contributors to stay close). A share
 * {@code optimisticShare} goes to optimistic unchokes so that newcomers can bootstrap; with no
 * contributors at all, optimistic unchokes take every slot and the whole upload.
 *
 * <p>At most {@code slots} interested peers are unchoked: the best {@code slots - 1} contributors
 * (all {@code slots} when {@code optimisticShare} is 0), the rest optimistic, drawn uniformly at
 * random among the other interested peers (choked ones first), contributors below the cut
 * included, and rotated every
 * {@code optimisticRounds} rounds. Weights passed to {@link ChokePeer#unchoke} sum to the number
 * of peers unchoked, so an even split is 1.0 each. The simulator shares an uploader's capacity by
 * these weights; the real peer ({@code atlas.protocols.peer}) shares its upload limit by them
 * ({@code PeerSettings.uploadLimit}, {@code UploadShaper}), and without a limit its uploads share
 * the link as TCP does (as in libtorrent, whose peer priorities also only split a rate limit), so
 * there PropShare chooses whom to unchoke but not how much each gets.
 *
 * <p>A contribution is the growth of {@link ChokePeer#bytesReceived()} between rounds, kept per
 * peer by identity in arrays aligned with the caller's list, so a stable list order costs one
 * comparison per peer. Between rounds ({@link #onPeersChanged}) the last round's contributions
 * are reused.
 */
public final class PropShareChoker implements Choker {

    private final int slots;
    private final double optimisticShare;
    private final int optimisticRounds;
    private final long roundMicros;
    private final RoundScratch scratch = new RoundScratch();
    private final PeerRanking ranking = new PeerRanking();
    private final OptimisticSet optimistic;
    private long round;

    /** Peers seen at the last round, their byte totals then, and what they gave in that round. */
    private ChokePeer[] known = new ChokePeer[16];
    private long[] knownTotal = new long[16];
    private long[] knownGift = new long[16];
    private int knownCount;
    private ChokePeer[] nextKnown = new ChokePeer[16];
    private long[] nextTotal = new long[16];
    private long[] nextGift = new long[16];
    /** Contribution of each peer of the current list, by list position. */
    private long[] gift = new long[16];

    public PropShareChoker(PropShareChokerParams params) {
        this.slots = params.slots();
        this.optimisticShare = params.optimisticShare();
        this.optimisticRounds = params.optimisticRounds();
        this.roundMicros = ParamChecks.micros(params.roundInterval());
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
        int n = peers.size();
        ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            ChokePeer peer = peers.get(i);
            long total = peer.bytesReceived();
            int at = find(peer, i);
            // A peer unseen at the last round connected since: all it sent counts for this round.
            gift[i] = at < 0 ? total : total - knownTotal[at];
            nextKnown[i] = peer;
            nextTotal[i] = total;
            nextGift[i] = gift[i];
        }
        swapSnapshots(n);
        rechoke(peers, now, random, (round - 1) % optimisticRounds == 0);
    }

    @Override
    public void onPeersChanged(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        int n = peers.size();
        ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            int at = find(peers.get(i), i);
            gift[i] = at < 0 ? 0 : knownGift[at];
        }
        rechoke(peers, now, random, false);
    }

    private void rechoke(List<? extends ChokePeer> peers, long now, UniformRandomProvider random, boolean rotate) {
        int n = peers.size();
        scratch.reset(peers);
        ranking.clear();
        for (int i = 0; i < n; i++) {
            if (gift[i] > 0 && peers.get(i).isInterested()) {
                ranking.add(i, gift[i], 0.0);
            }
        }
        int contributors = ranking.selectTop(optimisticShare > 0.0 ? slots - 1 : slots);
        double given = 0.0;
        for (int r = 0; r < contributors; r++) {
            given += ranking.primary(r);
        }

        for (int i = 0; i < n; i++) {
            scratch.eligible[i] = peers.get(i).isInterested();
        }
        for (int r = 0; r < contributors; r++) {
            scratch.eligible[ranking.listIndex(r)] = false;
        }
        int wanted = slots - contributors;
        if (rotate) {
            optimistic.clear();
        } else {
            optimistic.retain(peers, scratch.eligible, wanted, scratch.member);
        }
        optimistic.fill(peers, scratch, wanted, now, 1, 0, random);
        int optimists = optimistic.size();

        double contributorShare = contributors == 0 ? 0.0 : optimists == 0 ? 1.0 : 1.0 - optimisticShare;
        double optimistShare = optimists == 0 ? 0.0 : (1.0 - contributorShare) / optimists;
        int unchoked = contributors + optimists;
        for (int r = 0; r < contributors; r++) {
            scratch.weight[ranking.listIndex(r)] = unchoked * contributorShare * ranking.primary(r) / given;
        }
        for (int i = 0; i < n; i++) {
            if (scratch.member[i]) {
                scratch.weight[i] = unchoked * optimistShare;
            }
        }
        scratch.apply(peers);
    }

    /** Position of {@code peer} in the last round's snapshot, trying {@code hint} first; -1 if absent. */
    private int find(ChokePeer peer, int hint) {
        if (hint < knownCount && known[hint] == peer) {
            return hint;
        }
        for (int k = 0; k < knownCount; k++) {
            if (known[k] == peer) {
                return k;
            }
        }
        return -1;
    }

    private void swapSnapshots(int n) {
        ChokePeer[] peersSwap = known;
        known = nextKnown;
        nextKnown = peersSwap;
        long[] totalSwap = knownTotal;
        knownTotal = nextTotal;
        nextTotal = totalSwap;
        long[] giftSwap = knownGift;
        knownGift = nextGift;
        nextGift = giftSwap;
        // Drop references to departed peers so the snapshot does not keep them alive.
        java.util.Arrays.fill(nextKnown, 0, knownCount, null);
        knownCount = n;
    }

    private void ensureCapacity(int n) {
        if (gift.length >= n) {
            return;
        }
        int capacity = Math.max(n, gift.length * 2);
        gift = new long[capacity];
        known = java.util.Arrays.copyOf(known, capacity);
        knownTotal = java.util.Arrays.copyOf(knownTotal, capacity);
        knownGift = java.util.Arrays.copyOf(knownGift, capacity);
        nextKnown = new ChokePeer[capacity];
        nextTotal = new long[capacity];
        nextGift = new long[capacity];
    }
}
