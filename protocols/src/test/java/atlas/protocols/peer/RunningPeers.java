package atlas.protocols.peer;

import atlas.protocols.wire.Metainfo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Test harness: peers on loopback, each running its loop on its own thread, all stopped on close;
 * closing fails if any loop died of an exception.
 */
final class RunningPeers implements AutoCloseable {

    private final List<TorrentPeer> peers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long seed = 1;

    static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /** A peer on the torrent's files below {@code dir}, listening on an ephemeral port, running. */
    TorrentPeer start(Metainfo metainfo, Path dir, PeerSettings settings) throws IOException {
        return start(metainfo, dir, settings, true);
    }

    /** A running peer that listens on an ephemeral port or, if not {@code listen}, only connects. */
    TorrentPeer start(Metainfo metainfo, Path dir, PeerSettings settings, boolean listen) throws IOException {
        return start(metainfo, dir, settings, null, listen);
    }

    /** As {@link #start(Metainfo, Path, PeerSettings, boolean)}, taking part in BTT Speed by {@code speed} if not null. */
    TorrentPeer start(Metainfo metainfo, Path dir, PeerSettings settings, SpeedSettings speed, boolean listen)
            throws IOException {
        TorrentPeer peer = TorrentPeer.open(metainfo, dir, settings, speed, TorrentPeer.systemClock(),
                RandomSource.XO_RO_SHI_RO_128_PP.create(seed++));
        peers.add(peer);
        if (listen) {
            peer.listen(loopback(0));
        }
        Thread thread = new Thread(peer::run, "peer-" + peers.size());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        threads.add(thread);
        thread.start();
        return peer;
    }

    @Override
    public void close() throws Exception {
        for (TorrentPeer p : peers) {
            p.close();
        }
        for (Thread t : threads) {
            t.join(10_000);
        }
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError("a peer's loop died: " + failures.get(0), failures.get(0));
            failures.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }
}
