package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data that fails its piece hash is never kept: the piece is fetched again, the peer that sent it
 * is banned after {@link PeerSettings#maxHashFailures()} failures, and a download whose only
 * source is corrupt fails instead of finishing with bad bytes or hanging.
 */
class CorruptSeedTest {

    private static final int PIECE = 64 * 1024;

    @TempDir
    Path tmp;

    private final byte[] data = PeerTransferTest.content(5, 40 * PIECE + 1000);
    private final Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();

    /** A seed below {@code dir} whose file, after it has verified it, is corrupted in every piece. */
    private TorrentPeer corruptSeed(RunningPeers run, Path dir) throws IOException {
        TorrentPeer seed = healthySeed(run, dir);
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("data.bin").toFile(), "rw")) {
            for (long at = 100; at < data.length; at += PIECE) {
                file.seek(at);
                file.write(~data[(int) at]);
            }
        }
        return seed;
    }

    private TorrentPeer healthySeed(RunningPeers run, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("data.bin"), data);
        TorrentPeer seed = run.start(torrent, dir, PeerSettings.defaults());
        assertTrue(seed.completion().isDone());
        return seed;
    }

    @Test
    void refetchesFromAnotherSeedWhatACorruptSeedSent() throws Exception {
        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer bad = corruptSeed(run, tmp.resolve("bad"));
            TorrentPeer good = healthySeed(run, tmp.resolve("good"));
            TorrentPeer leecher = run.start(torrent, tmp.resolve("leech"), PeerSettings.defaults());
            leecher.connect(RunningPeers.loopback(bad.localPort()));
            awaitTrue(() -> leecher.stats().peersBanned() == 1, "the corrupt seed is banned");
            assertEquals(0, leecher.stats().verifiedPieces(), "no corrupt piece was accepted");
            leecher.connect(RunningPeers.loopback(good.localPort()));
            leecher.completion().get(60, TimeUnit.SECONDS);
            assertArrayEquals(data, Files.readAllBytes(tmp.resolve("leech/data.bin")));
            assertEquals(PeerSettings.defaults().maxHashFailures(), leecher.stats().hashFailures());
        }
    }

    @Test
    void failsWhenTheOnlySeedIsCorrupt() throws Exception {
        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer bad = corruptSeed(run, tmp.resolve("bad"));
            TorrentPeer leecher = run.start(torrent, tmp.resolve("leech"), PeerSettings.defaults(), false);
            leecher.connect(RunningPeers.loopback(bad.localPort()));
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> leecher.completion().get(60, TimeUnit.SECONDS));
            assertInstanceOf(IOException.class, e.getCause());
            assertEquals(0, leecher.stats().verifiedPieces());
            assertEquals(1, leecher.stats().peersBanned());
        }
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(20);
        }
    }
}
