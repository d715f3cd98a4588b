package atlas.protocols.choke;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Decides which connected peers we upload to. One instance per local peer (and per torrent);
 * the caller invokes {@link #onRound} every {@link #roundInterval()} microseconds and
 * {@link #onPeersChanged} when an unchoked peer's interest changes or a peer leaves, as mainline's
 * Choker.py does. Only {@code onRound} advances rotation state (optimistic unchoke, seed rotation),
 * so extra recomputations never speed up rotation.
 */
public interface Choker {

    /** Microseconds between periodic rounds (mainline: 10 s). */
    long roundInterval();

    /** A periodic round: rotate, then choke or unchoke every peer in {@code peers}. */
    void onRound(List<? extends ChokePeer> peers, long now, UniformRandomProvider random);

    /** Recompute the unchoke set without rotating, after an interest change or a departure. */
    void onPeersChanged(List<? extends ChokePeer> peers, long now, UniformRandomProvider random);
}
