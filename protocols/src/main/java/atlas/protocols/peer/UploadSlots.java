package atlas.protocols.peer;

import atlas.protocols.choke.Choker;
import atlas.protocols.choke.Chokers;
import atlas.protocols.wire.PeerMessage;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Whom a {@link TorrentPeer} uploads to (BEP 3 choking): the {@link Choker}'s decisions, at its
 * rounds and whenever the peers or their interest change, sent as CHOKE and UNCHOKE. The leecher
 * choker gives way to the seed choker ({@link Chokers#SEED}) once our download is complete, and
 * every slot closes for good when the peer leaves.
 */
final class UploadSlots {

    private final PeerSockets sockets;
    private final UniformRandomProvider random;
    private final Choker seedChoker;
    private Choker choker;
    /** The peer leaves: it chokes everyone and unchokes nobody again. */
    private boolean stopped;

    UploadSlots(PeerSockets sockets, UniformRandomProvider random, Choker choker, Choker seedChoker) {
        this.sockets = sockets;
        this.random = random;
        this.choker = choker;
        this.seedChoker = seedChoker;
    }

    /** Our download is complete: from now on the seed choker decides. */
    void onSeeding() {
        choker = seedChoker;
    }

    long roundInterval() {
        return choker.roundInterval();
    }

    /** Whether {@code c}'s interest change calls for a rechoke ({@link Choker#rechokesOnInterest}). */
    boolean rechokesOnInterest(List<PeerConnection> peers, PeerConnection c) {
        return !stopped && choker.rechokesOnInterest(peers, c);
    }

    /**
     * Asks the choker about {@code peers} (the connections past their first message), at a round or
     * because they or their interest changed, and tells those whose slot changed.
     */
    void rechoke(List<PeerConnection> peers, boolean periodic, long now) {
        if (stopped) {
            return;
        }
        if (periodic) {
            choker.onRound(peers, now, random);
        } else {
            choker.onPeersChanged(peers, now, random);
        }
        for (PeerConnection c : peers) {
            if (c.isChoked() != c.amChoking && c.isOpen()) {
                setChoking(c, c.isChoked(), now);
            }
        }
    }

    /** The peer leaves: every unchoked peer is choked, its queued requests dropped, and none is unchoked again. */
    void stop(List<PeerConnection> peers, long now) {
        stopped = true;
        for (PeerConnection c : peers) {
            if (!c.amChoking && c.isOpen()) {
                setChoking(c, true, now);
            }
        }
    }

    private void setChoking(PeerConnection c, boolean choking, long now) {
        c.amChoking = choking;
        if (choking) {
            c.clearServeRequests();
            sockets.send(c, PeerMessage.Signal.CHOKE, now);
        } else {
            c.recordUnchoked(now);
            sockets.send(c, PeerMessage.Signal.UNCHOKE, now);
        }
    }
}
