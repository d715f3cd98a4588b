package atlas.protocols.choke;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * BitTorrent Speed's bid-aware choking: of the upload slots, {@code paidSlots} go to the highest
 * bidders among interested peers, and the rest follow mainline choking, regular by rate plus
 * optimistic for a leecher ({@link MainlineChoker}), rotation for a seed
 * ({@link MainlineSeedChoker}). BitTorrent Speed described this only as bidders getting
 * "preferential treatment by the uploader's choking algorithm" (reference facts); the slot split
 * is our design. Peers that do not bid keep the plain protocol's slots, so the extension is
 * optional and backward compatible.
 *
 * <p>Ranking: bid ({@link BiddingPeer#bidPerMiB()}, highest first), then the bidder's download
 * rate to us (a bidder that also reciprocates is preferred), then a uniform draw per bidder from
 * the caller's random source, re-drawn at each rechoke, so equal bids share the slot over time.
 * Winners are re-chosen at every rechoke, periodic or not, as regular slots are. A bid's arrival
 * is no rechoke: a bidder that turns interested takes a free slot at once
 * ({@link Choker#rechokesOnInterest}, inherited) but outbids a paid winner only at the next
 * round, as a fast uploader wins a regular slot only then.
 *
 * <p>The choosing of the other slots is not re-implemented: the inner choker, built with all
 * {@code slots}, sees the peer list with each winner replaced by a {@link PaidSlotPeer} that it
 * ranks above everyone, and so keeps each winner unchoked in one of its slots and fills the rest
 * itself. Hence, when no interested peer bids, the inner choker sees the caller's very list and
 * no random number is drawn here: decisions and random draws are exactly the plain mainline
 * choker's, which is what makes "every peer at bid strategy none" reproduce a run without the
 * extension.
 */
public final class BidChoker implements Choker {

    private final Choker inner;
    private final int paidSlots;
    private final PeerRanking ranking = new PeerRanking();
    private final List<ChokePeer> view = new ArrayList<>();
    private final PaidSlotPeer[] paid;

    /** A leecher's bid choker around {@link MainlineChoker}. */
    public BidChoker(BidChokerParams params) {
        this(new MainlineChoker(params.inner()), params.paidSlots());
    }

    /** A seed's bid choker around {@link MainlineSeedChoker}. */
    public BidChoker(BidSeedChokerParams params) {
        this(new MainlineSeedChoker(params.inner()), params.paidSlots());
    }

    private BidChoker(Choker inner, int paidSlots) {
        this.inner = inner;
        this.paidSlots = paidSlots;
        this.paid = new PaidSlotPeer[paidSlots];
        for (int s = 0; s < paidSlots; s++) {
            paid[s] = new PaidSlotPeer();
        }
    }

    @Override
    public long roundInterval() {
        return inner.roundInterval();
    }

    @Override
    public int slots() {
        return inner.slots();
    }

    @Override
    public void onRound(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        int winners = chooseWinners(peers, now, random);
        inner.onRound(winners == 0 ? peers : view, now, random);
        release(winners);
    }

    @Override
    public void onPeersChanged(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        int winners = chooseWinners(peers, now, random);
        inner.onPeersChanged(winners == 0 ? peers : view, now, random);
        release(winners);
    }

    /** Ranks the interested bidders, puts the winners into {@link #view} and returns how many. */
    private int chooseWinners(List<? extends ChokePeer> peers, long now, UniformRandomProvider random) {
        if (paidSlots == 0) {
            return 0;
        }
        ranking.clear();
        for (int i = 0, n = peers.size(); i < n; i++) {
            ChokePeer peer = peers.get(i);
            if (peer instanceof BiddingPeer bidder && peer.isInterested()) {
                long bid = bidder.bidPerMiB();
                if (bid > 0) {
                    ranking.add(i, bid, peer.downloadRate(now), random.nextDouble());
                }
            }
        }
        int winners = ranking.selectTop(paidSlots);
        if (winners > 0) {
            view.addAll(peers);
            for (int r = 0; r < winners; r++) {
                int i = ranking.listIndex(r);
                view.set(i, paid[r].show(peers.get(i), now));
            }
        }
        return winners;
    }

    /** Forgets this rechoke's peers, so that departed ones are not kept alive between rounds. */
    private void release(int winners) {
        for (int r = 0; r < winners; r++) {
            paid[r].release();
        }
        view.clear();
    }
}
