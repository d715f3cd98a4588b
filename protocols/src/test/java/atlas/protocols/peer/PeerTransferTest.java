package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two atlas peers on loopback move a torrent's files intact: every byte arrives and every piece is verified. */
class PeerTransferTest {

    @TempDir
    Path tmp;

    static byte[] content(long seed, int length) {
        byte[] bytes = new byte[length];
        RandomSource.XO_RO_SHI_RO_128_PP.create(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void downloadsASingleFileTorrentFromASeed() throws Exception {
        byte[] data = content(1, 6 * 1024 * 1024 + 12345);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", 256 * 1024, data).build();
        Files.createDirectories(tmp.resolve("seed"));
        Files.write(tmp.resolve("seed/data.bin"), data);

        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("seed"), PeerSettings.defaults());
            assertTrue(seed.completion().isDone(), "the seed verified its file on start");
            TorrentPeer leecher = run.start(torrent, tmp.resolve("leech"), PeerSettings.defaults());
            assertEquals(0, leecher.stats().verifiedPieces());
            long start = System.nanoTime();
            leecher.connect(RunningPeers.loopback(seed.localPort()));
            leecher.completion().get(60, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("loopback transfer: %.1f MiB in %.2f s, %.1f MiB/s%n", data.length / 1048576.0, seconds,
                    data.length / 1048576.0 / seconds);
            assertArrayEquals(data, Files.readAllBytes(tmp.resolve("leech/data.bin")));
            assertEquals(torrent.pieceCount(), leecher.stats().verifiedPieces());
            assertEquals(0, leecher.stats().hashFailures());
        }
    }

    @Test
    void downloadsAMultiFileTorrentWithPiecesSpanningFiles() throws Exception {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(2);
        // Sizes that make pieces span files, an empty file, and a file smaller than a block.
        int[] sizes = {1_500_000, 0, 700, 2_345_678, 65_536};
        TorrentBuilder builder = TorrentBuilder.directory("album", 64 * 1024);
        Path seedRoot = tmp.resolve("seed/album");
        byte[][] files = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            files[i] = new byte[sizes[i]];
            random.nextBytes(files[i]);
            List<String> path = i == 3 ? List.of("sub", "f" + i) : List.of("f" + i);
            builder.addFile(path, files[i]);
            Path file = seedRoot.resolve(String.join("/", path));
            Files.createDirectories(file.getParent());
            Files.write(file, files[i]);
        }
        Metainfo torrent = builder.build();

        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("seed"), PeerSettings.defaults());
            assertTrue(seed.completion().isDone());
            TorrentPeer leecher = run.start(torrent, tmp.resolve("leech"), PeerSettings.defaults());
            leecher.connect(RunningPeers.loopback(seed.localPort()));
            leecher.completion().get(60, TimeUnit.SECONDS);
        }
        for (int i = 0; i < sizes.length; i++) {
            String path = i == 3 ? "sub/f" + i : "f" + i;
            assertArrayEquals(files[i], Files.readAllBytes(tmp.resolve("leech/album/" + path)), path);
        }
    }

    @Test
    void resumesFromThePiecesAlreadyOnDisk() throws Exception {
        int piece = 64 * 1024;
        byte[] data = content(3, 40 * piece);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", piece, data).build();
        Files.createDirectories(tmp.resolve("seed"));
        Files.write(tmp.resolve("seed/data.bin"), data);
        byte[] half = data.clone();
        java.util.Arrays.fill(half, 25 * piece, half.length, (byte) 0);
        Files.createDirectories(tmp.resolve("leech"));
        Files.write(tmp.resolve("leech/data.bin"), half);

        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("seed"), PeerSettings.defaults());
            TorrentPeer leecher = run.start(torrent, tmp.resolve("leech"), PeerSettings.defaults());
            assertEquals(25, leecher.stats().verifiedPieces());
            leecher.connect(RunningPeers.loopback(seed.localPort()));
            leecher.completion().get(60, TimeUnit.SECONDS);
            assertEquals(15L * piece, leecher.stats().bytesDownloaded(), "only the missing pieces were fetched");
        }
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("leech/data.bin")));
    }

    @Test
    void aSwarmOfLeechersCompletesFromOneSeed() throws Exception {
        byte[] data = content(4, 3 * 1024 * 1024 + 5);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", 32 * 1024, data).build();
        Files.createDirectories(tmp.resolve("seed"));
        Files.write(tmp.resolve("seed/data.bin"), data);
        int leechers = 5;
        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("seed"), PeerSettings.defaults());
            TorrentPeer[] peers = new TorrentPeer[leechers];
            for (int i = 0; i < leechers; i++) {
                peers[i] = run.start(torrent, tmp.resolve("leech" + i), PeerSettings.defaults());
                // A mesh: every leecher knows the seed and the leechers before it.
                peers[i].connect(RunningPeers.loopback(seed.localPort()));
                for (int j = 0; j < i; j++) {
                    peers[i].connect(RunningPeers.loopback(peers[j].localPort()));
                }
            }
            for (TorrentPeer p : peers) {
                p.completion().get(60, TimeUnit.SECONDS);
            }
        }
        for (int i = 0; i < leechers; i++) {
            assertArrayEquals(data, Files.readAllBytes(tmp.resolve("leech" + i + "/data.bin")), "leecher " + i);
        }
    }
}
