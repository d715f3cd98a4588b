package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under an upload limit real peers still move data intact, and PropShare's weights decide each peer's share of the limit. */
class UploadLimitTransferTest {

    private static final int PIECE = 64 * 1024;

    @TempDir
    Path tmp;

    /** The torrent's file below {@code dir} with the bytes of pieces [from, to) zeroed: those fail their hash. */
    private void writeWithout(Path dir, byte[] data, int from, int to) throws Exception {
        byte[] partial = data.clone();
        Arrays.fill(partial, from * PIECE, Math.min(to * PIECE, data.length), (byte) 0);
        Files.createDirectories(dir);
        Files.write(dir.resolve("data.bin"), partial);
    }

    @Test
    void aLimitedSeedServesTwoLeechersIntact() throws Exception {
        byte[] data = PeerTransferTest.content(20, 2 * 1024 * 1024 + 321);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
        writeWithout(tmp.resolve("seed"), data, 0, 0);
        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("seed"), PeerSettings.defaults().withUploadLimit(8 << 20));
            TorrentPeer[] leechers = new TorrentPeer[2];
            for (int i = 0; i < leechers.length; i++) {
                leechers[i] = run.start(torrent, tmp.resolve("leech" + i), PeerSettings.defaults(), false);
                leechers[i].connect(RunningPeers.loopback(seed.localPort()));
            }
            for (TorrentPeer leecher : leechers) {
                leecher.completion().get(60, TimeUnit.SECONDS);
            }
        }
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(data, Files.readAllBytes(tmp.resolve("leech" + i + "/data.bin")), "leecher " + i);
        }
    }

    /**
     * X runs PropShare with an upload limit and has the first pieces; A and B have the others and
     * upload them to X at 3:1 (their own limits). From X's second round (10 s) on, X's weights
     * are 3:1 and so must be what A and B receive from X, where TCP alone would split about
     * evenly. Only a ratio is asserted; the sleeps merely place the window after that round.
     */
    @Test
    void propShareSplitsTheLimitByWhatEachPeerGave() throws Exception {
        int xPieces = 96;
        int abPieces = 64;
        byte[] data = PeerTransferTest.content(21, (xPieces + abPieces) * PIECE);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
        writeWithout(tmp.resolve("x"), data, xPieces, xPieces + abPieces);
        writeWithout(tmp.resolve("a"), data, 0, xPieces);
        writeWithout(tmp.resolve("b"), data, 0, xPieces);
        // At these rates nobody completes in the first 30 s: X lacks 4 MiB and gets 128 KiB/s, A and
        // B lack 6 MiB and get at most 192 KiB/s.
        long slow = 32 * 1024;
        PeerSettings d = PeerSettings.defaults();
        PeerSettings propShare = new PeerSettings(d.picker(), "propshare", d.seedChoker(), d.requests(),
                d.maxConnections(), d.maxWriteQueueBytes(), d.serveBelowBytes(), d.maxQueuedRequests(),
                d.maxBlockRequest(), d.handshakeTimeoutMicros(), d.idleTimeoutMicros(), d.writeStallMicros(),
                d.maxHashFailures(), 256 * 1024);
        try (RunningPeers run = new RunningPeers()) {
            long start = System.nanoTime();
            TorrentPeer x = run.start(torrent, tmp.resolve("x"), propShare);
            // A and B do not listen, so they never meet: all they download comes from X.
            TorrentPeer a = run.start(torrent, tmp.resolve("a"), d.withUploadLimit(3 * slow), false);
            TorrentPeer b = run.start(torrent, tmp.resolve("b"), d.withUploadLimit(slow), false);
            a.connect(RunningPeers.loopback(x.localPort()));
            b.connect(RunningPeers.loopback(x.localPort()));

            sleepUntil(start, 11_500);
            long a0 = a.stats().bytesDownloaded();
            long b0 = b.stats().bytesDownloaded();
            sleepUntil(start, 18_500);
            long a1 = a.stats().bytesDownloaded();
            long b1 = b.stats().bytesDownloaded();
            assertFalse(x.stats().isComplete() || a.stats().isComplete() || b.stats().isComplete(),
                    "everyone is still downloading, so X's weights still come from A's and B's uploads");
            double ratio = (double) (a1 - a0) / (b1 - b0);
            System.out.printf("PropShare under a 256 KiB/s limit: A got %d bytes, B %d (%.2f:1)%n", a1 - a0, b1 - b0, ratio);
            assertTrue(ratio > 2.0 && ratio < 4.5, "A received " + (a1 - a0) + " bytes and B " + (b1 - b0)
                    + " from X: ratio " + ratio + ", expected about 3");
        }
    }

    private static void sleepUntil(long startNanos, long millis) throws InterruptedException {
        long left = millis - (System.nanoTime() - startNanos) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
    }
}
