package atlas.protocols.choke;

import java.time.Duration;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The frame libtorrent's seed chokers share ({@code src/choker.cpp} {@code unchoke_sort};
 * {@code session_impl} unchoke and optimistic-unchoke rounds); subclasses supply only the score
 * that {@code seed_choking_algorithm} selects. Of {@code slots}, libtorrent reserves
 * {@code max(1, slots / 5)} for optimistic unchokes; the rest go to the interested peers with the
 * highest score, ties to the peer that has waited longest since its last unchoke (libtorrent's
 * final tie-break, which its round robin relies on), and peers alike in both at random (libtorrent
 * leaves their order to {@code std::nth_element}; a fixed order would let the same peers win every
 * tie, and peers that start turns together tie again when their turns end). A subclass may
 * reserve no optimistic slot.
 * Optimistic unchokes rotate every
 * {@code optimisticRounds} rounds to the choked interested peers that have waited longest, as
 * libtorrent picks the oldest {@code last_optimistically_unchoked}; an optimistic peer is not
 * ranked for a regular slot until its turn ends.
 *
 * <p>libtorrent first compares peers by torrent priority and by what they sent us in the last
 * round; when seeding that is zero for everyone, so it is left out here.
 */
abstract class LibtorrentSeedChoker implements Choker {

    private final int regularSlots;
    private final int optimisticSlots;
    private final int optimisticRounds;
    private final long roundMicros;
    private final RoundScratch scratch = new RoundScratch();
    private final PeerRanking ranking = new PeerRanking();
    private final OptimisticSet optimistic;
    private long round;

    /** libtorrent's default reservation: {@code max(1, slots / 5)} optimistic slots. */
    static int defaultOptimisticSlots(int slots) {
        return Math.max(1, slots / 5);
    }

    LibtorrentSeedChoker(Duration roundInterval, int slots, int optimisticSlots, int optimisticRounds) {
        this.optimisticSlots = optimisticSlots;
        this.regularSlots = slots - optimisticSlots;
        this.optimisticRounds = optimisticRounds;
        this.roundMicros = ParamChecks.micros(roundInterval);
        this.optimistic = new OptimisticSet(optimisticSlots);
    }

    /**
     * How strongly {@code peer} deserves a regular slot, higher first. {@code wasChoked} is its
     * state before this round's decision.
     */
    abstract double score(ChokePeer peer, boolean wasChoked, long now);

    @Override
    public final long roundInterval() {
        return roundMicros;
    }

    @Override
    public final int slots() {
        return regularSlots + optimisticSlots;
    }

    @Override
    public final void onRound(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        round++;
        rechoke(peers, now, random, (round - 1) % optimisticRounds == 0);
    }

    @Override
    public final void onPeersChanged(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        rechoke(peers, now, random, false);
    }

    private void rechoke(List<? extends ChokePeer> peers, long now, UniformRandomProvider random, boolean rotate) {
        int n = peers.size();
        scratch.reset(peers);
        for (int i = 0; i < n; i++) {
            scratch.eligible[i] = peers.get(i).isInterested();
        }
        if (rotate) {
            optimistic.clear();
        } else {
            optimistic.retain(peers, scratch.eligible, optimisticSlots, scratch.member);
        }

        ranking.clear();
        for (int i = 0; i < n; i++) {
            ChokePeer peer = peers.get(i);
            if (scratch.eligible[i] && !scratch.member[i]) {
                ranking.add(i, score(peer, scratch.wasChoked[i], now), -(double) peer.lastUnchokedAt(),
                        random.nextDouble());
            }
        }
        int regular = ranking.selectTop(regularSlots);
        for (int r = 0; r < regular; r++) {
            scratch.weight[ranking.listIndex(r)] = 1.0;
        }

        ranking.clear();
        for (int i = 0; i < n; i++) {
            if (scratch.eligible[i] && !scratch.member[i] && scratch.weight[i] == 0.0) {
                ranking.add(i, scratch.wasChoked[i] ? 1.0 : 0.0, -(double) peers.get(i).lastUnchokedAt(),
                        random.nextDouble());
            }
        }
        int added = ranking.selectTop(optimisticSlots - optimistic.size());
        for (int r = 0; r < added; r++) {
            int i = ranking.listIndex(r);
            optimistic.add(peers.get(i));
            scratch.member[i] = true;
        }
        for (int i = 0; i < n; i++) {
            if (scratch.member[i]) {
                scratch.weight[i] = 1.0;
            }
        }
        scratch.apply(peers);
    }
}
