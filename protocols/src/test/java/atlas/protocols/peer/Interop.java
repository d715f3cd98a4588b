package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.wire.Metainfo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** What the interoperability tests share: skipping without the other client, unless CI requires it. */
final class Interop {

    private Interop() {
    }

    /**
     * Skips the test when {@code client} is missing, but fails it when ATLAS_REQUIRE_INTEROP is set
     * (scripts/test installs the clients and sets it, so CI cannot skip).
     */
    static void requireClient(boolean present, String client, String install) {
        if (System.getenv("ATLAS_REQUIRE_INTEROP") != null) {
            assertTrue(present, "ATLAS_REQUIRE_INTEROP is set but " + client + " is missing: " + install);
        }
        Assumptions.assumeTrue(present, client + " is not installed: " + install);
    }

    /**
     * Starts an atlas leecher in {@code dir}, connects it to the other client on {@code port} and
     * checks that it gets exactly {@code data}, as data.bin, without a failed piece.
     */
    static void fetchAndCheck(RunningPeers run, Metainfo torrent, Path dir, int port, byte[] data) throws Exception {
        fetchAndCheck(run, torrent, dir, port, data, null);
    }

    /** As {@link #fetchAndCheck(RunningPeers, Metainfo, Path, int, byte[])}, the leecher taking part in BTT Speed by {@code speed}. */
    static void fetchAndCheck(RunningPeers run, Metainfo torrent, Path dir, int port, byte[] data, SpeedSettings speed)
            throws Exception {
        TorrentPeer leecher = run.start(torrent, dir, PeerSettings.defaults(), speed, false);
        leecher.connect(RunningPeers.loopback(port));
        leecher.completion().get(120, TimeUnit.SECONDS);
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("data.bin")));
        assertEquals(0, leecher.stats().hashFailures());
    }

    /** A TCP port free on loopback a moment ago, for a client that must be told its port. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
