package atlas.protocols.choke;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One local peer's view for choker tests: its connections, a fake clock and a seeded random
 * source. {@link #round} advances the clock by the choker's interval, runs a round and adds each
 * peer's unchoked time.
 */
final class Swarm {

    static final long SECOND = 1_000_000L;

    final FakeClock clock = new FakeClock(1_000 * SECOND);
    final List<FakePeer> peers = new ArrayList<>();
    final Choker choker;
    final UniformRandomProvider random;
    private final java.util.Map<FakePeer, Long> unchokedMicros = new java.util.IdentityHashMap<>();
    private long observedMicros;

    Swarm(Choker choker, long seed) {
        this.choker = choker;
        this.random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    FakePeer.Builder peer(String name) {
        return FakePeer.named(name, clock);
    }

    FakePeer add(FakePeer.Builder builder) {
        FakePeer peer = builder.build();
        peers.add(peer);
        return peer;
    }

    /** Advances the clock one round interval, crediting unchoked time, then runs a round. */
    void round() {
        long interval = choker.roundInterval();
        for (FakePeer peer : peers) {
            if (!peer.isChoked() && peer.isInterested()) {
                unchokedMicros.merge(peer, interval, Long::sum);
            }
        }
        observedMicros += interval;
        clock.advance(interval);
        for (FakePeer peer : peers) {
            if (peer.sending) {
                peer.lastBlockReceivedAt = clock.micros();
            }
        }
        choker.onRound(peers, clock.micros(), random);
    }

    void peersChanged() {
        choker.onPeersChanged(peers, clock.micros(), random);
    }

    /** Fraction of the observed time {@code peer} was unchoked while interested. */
    double unchokedShare(FakePeer peer) {
        return observedMicros == 0 ? 0.0 : unchokedMicros.getOrDefault(peer, 0L) / (double) observedMicros;
    }

    Set<String> unchoked() {
        Set<String> names = new TreeSet<>();
        for (FakePeer peer : peers) {
            if (!peer.isChoked()) {
                names.add(peer.name);
            }
        }
        return names;
    }

    int unchokedInterested() {
        int count = 0;
        for (FakePeer peer : peers) {
            if (!peer.isChoked() && peer.isInterested()) {
                count++;
            }
        }
        return count;
    }
}
