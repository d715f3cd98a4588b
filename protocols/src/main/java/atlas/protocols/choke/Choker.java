package atlas.protocols.choke;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Decides which connected peers we upload to. One instance per local peer (and per torrent);
 * the caller invokes {@link #onRound} every {@link #roundInterval()} microseconds and
 * {@link #onPeersChanged} when a peer leaves or {@link #rechokesOnInterest} says an interest
 * change calls for it. Only {@code onRound} advances rotation state (optimistic unchoke, seed
 * rotation), so extra recomputations never speed up rotation.
 */
public interface Choker {

    /** Microseconds between periodic rounds (mainline: 10 s). */
    long roundInterval();

    /** A periodic round: rotate, then choke or unchoke every peer in {@code peers}. */
    void onRound(List<? extends ChokePeer> peers, long now, UniformRandomProvider random);

    /** Recompute the unchoke set without rotating, after an interest change or a departure. */
    void onPeersChanged(List<? extends ChokePeer> peers, long now, UniformRandomProvider random);

    /** Upload slots: how many interested peers are unchoked at once, at most. */
    int slots();

    /**
     * Whether a change of {@code peer}'s interest, already recorded, calls for
     * {@link #onPeersChanged}: always for a peer we unchoke (mainline's Choker.py); for a choked
     * peer that became interested while fewer than {@link #slots()} interested peers are unchoked,
     * so that the free slot is taken at once rather than at the next round, up to a round later
     * (libtorrent's preemptive unchoke, {@code peer_connection::maybe_unchoke_this_peer}).
     */
    default boolean rechokesOnInterest(List<? extends ChokePeer> peers, ChokePeer peer) {
        if (!peer.isChoked()) {
            return true;
        }
        if (!peer.isInterested()) {
            return false;
        }
        int busy = 0;
        for (int i = 0, n = peers.size(); i < n; i++) {
            ChokePeer other = peers.get(i);
            if (!other.isChoked() && other.isInterested()) {
                busy++;
            }
        }
        return busy < slots();
    }
}
