package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.peer.PeerSettings;
import atlas.protocols.peer.TorrentPeer;
import atlas.protocols.wire.Metainfo;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas peer}: makes torrents users can share, downloads them intact, and reports bad input with exit code 2. */
class PeerCommandTest {

    @TempDir
    Path tmp;

    private byte[] write(Path file, long seed, int length) throws Exception {
        byte[] bytes = new byte[length];
        RandomSource.XO_RO_SHI_RO_128_PP.create(seed).nextBytes(bytes);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return bytes;
    }

    @Test
    void makesATorrentAndDownloadsItFromASeed() throws Exception {
        byte[] data = write(tmp.resolve("seed/movie.bin"), 1, 3 * 1024 * 1024 + 17);
        Path torrentFile = tmp.resolve("movie.torrent");
        Atlas.ok("peer", "make-torrent", tmp.resolve("seed/movie.bin").toString(), "--piece", "128KiB",
                "--out", torrentFile.toString());
        Metainfo torrent = Metainfo.read(Files.readAllBytes(torrentFile));
        assertEquals(128 * 1024, torrent.pieceLength());
        assertEquals(data.length, torrent.totalLength());

        try (TorrentPeer seed = TorrentPeer.open(torrent, tmp.resolve("seed"), PeerSettings.defaults(),
                TorrentPeer.systemClock(), RandomSource.XO_RO_SHI_RO_128_PP.create(2))) {
            int port = seed.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread loop = new Thread(seed::run);
            loop.start();
            Atlas.Outcome outcome = Atlas.ok("peer", "download", torrentFile.toString(), "--dir",
                    tmp.resolve("leech").toString(), "--connect", "127.0.0.1:" + port, "--timeout", "60");
            assertTrue(outcome.out().contains("every piece verified"), outcome.out());
            seed.stop();
            loop.join();
        }
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("leech/movie.bin")));
    }

    @Test
    void makesAMultiFileTorrentOfADirectory() throws Exception {
        write(tmp.resolve("album/b/two.bin"), 3, 5000);
        write(tmp.resolve("album/a.bin"), 4, 70_000);
        Path torrentFile = tmp.resolve("album.torrent");
        Atlas.ok("peer", "make-torrent", tmp.resolve("album").toString(), "--piece", "16384", "--out",
                torrentFile.toString());
        Metainfo torrent = Metainfo.read(Files.readAllBytes(torrentFile));
        assertEquals("album", torrent.name());
        assertEquals(List.of(List.of("a.bin"), List.of("b", "two.bin")),
                torrent.files().stream().map(f -> f.path()).toList());
        assertEquals(75_000, torrent.totalLength());
    }

    @Test
    void aBadTorrentFileIsBadInput() throws Exception {
        Path bogus = tmp.resolve("bogus.torrent");
        Files.writeString(bogus, "d4:infod4:name3:abcee");
        Atlas.Outcome download = Atlas.run("peer", "download", bogus.toString(), "--dir", tmp.toString(),
                "--connect", "127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, download.exitCode(), download.err());
        Atlas.Outcome seed = Atlas.run("peer", "seed", bogus.toString(), "--dir", tmp.toString(), "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, seed.exitCode(), seed.err());
        Atlas.Outcome piece = Atlas.run("peer", "make-torrent", bogus.toString(), "--piece", "lots", "--out",
                tmp.resolve("x.torrent").toString());
        assertEquals(ExitCodes.BAD_INPUT, piece.exitCode(), piece.err());
        Atlas.Outcome connect = Atlas.run("peer", "download", bogus.toString(), "--dir", tmp.toString(),
                "--connect", "nowhere");
        assertEquals(ExitCodes.BAD_INPUT, connect.exitCode(), connect.err());
        Files.createDirectories(tmp.resolve("void"));
        Files.write(tmp.resolve("void/empty.bin"), new byte[0]);
        Path empty = tmp.resolve("empty.torrent");
        Atlas.ok("peer", "make-torrent", tmp.resolve("void/empty.bin").toString(), "--out", empty.toString());
        Atlas.Outcome nothing = Atlas.run("peer", "seed", empty.toString(), "--dir", tmp.resolve("void").toString(),
                "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, nothing.exitCode(), nothing.err());
    }

    @Test
    void seedingIncompleteDataIsBadInput() throws Exception {
        write(tmp.resolve("seed/data.bin"), 5, 100_000);
        Path torrentFile = tmp.resolve("data.torrent");
        Atlas.ok("peer", "make-torrent", tmp.resolve("seed/data.bin").toString(), "--piece", "16KiB", "--out",
                torrentFile.toString());
        Atlas.Outcome missing = Atlas.run("peer", "seed", torrentFile.toString(), "--dir", tmp.resolve("empty").toString(),
                "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("missing"), missing.err());
        assertTrue(Files.notExists(tmp.resolve("empty")), "a seed creates nothing");

        byte[] corrupt = Files.readAllBytes(tmp.resolve("seed/data.bin"));
        corrupt[50_000] ^= 1;
        Files.createDirectories(tmp.resolve("corrupt"));
        Files.write(tmp.resolve("corrupt/data.bin"), corrupt);
        Atlas.Outcome damaged = Atlas.run("peer", "seed", torrentFile.toString(), "--dir",
                tmp.resolve("corrupt").toString(), "--port", "0");
        assertEquals(ExitCodes.BAD_INPUT, damaged.exitCode(), damaged.err());
        assertTrue(damaged.err().contains("6 of 7 pieces"), damaged.err());
    }

    /** A torrent of a small file in the seed's directory. */
    private Path smallTorrent(int pieces) throws Exception {
        write(tmp.resolve("seed/data.bin"), pieces, 50_000);
        Path torrentFile = tmp.resolve("data.torrent");
        Atlas.ok("peer", "make-torrent", tmp.resolve("seed/data.bin").toString(), "--out", torrentFile.toString());
        return torrentFile;
    }

    /** A loopback port nobody listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aDownloadWithNoReachablePeerFails() throws Exception {
        Path torrentFile = smallTorrent(6);
        int closedPort = closedPort();
        Atlas.Outcome outcome = Atlas.run("peer", "download", torrentFile.toString(), "--dir",
                tmp.resolve("leech").toString(), "--connect", "127.0.0.1:" + closedPort, "--timeout", "60");
        assertEquals(ExitCodes.CHECK_FAILED, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("every peer disconnected"), outcome.err());
    }

    /** What Ctrl-C does to a running seed: once the wait returns, the peer has left and its port is free. */
    @Test
    void aStoppedSeedLeavesAndReleasesItsPort() throws Exception {
        Path torrentFile = smallTorrent(8);
        Metainfo torrent = Metainfo.read(Files.readAllBytes(torrentFile));
        try (TorrentPeer seed = TorrentPeer.open(torrent, tmp.resolve("seed"), PeerSettings.defaults(),
                TorrentPeer.systemClock(), RandomSource.XO_RO_SHI_RO_128_PP.create(3))) {
            int port = seed.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread loop = new Thread(seed::run);
            loop.start();
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertTrue(client.isConnected(), "the seed listens while it runs");
            }

            PeerCommand.leaveAndWait(seed);
            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                    "the seed left: nobody listens on its port");
            loop.join();
        }
    }

    @Test
    void theUploadLimitTakesARateOrBytesPerSecond() throws Exception {
        Path torrentFile = smallTorrent(7);
        int closedPort = closedPort();
        // A limit that parses lets the download start, and fail for want of a peer (1); others are bad input (2).
        for (String limit : List.of("1MiB/s", "8 Mbit/s", "1048576", "0")) {
            Atlas.Outcome outcome = Atlas.run("peer", "download", torrentFile.toString(), "--dir",
                    tmp.resolve("leech").toString(), "--connect", "127.0.0.1:" + closedPort, "--upload-limit", limit);
            assertEquals(ExitCodes.CHECK_FAILED, outcome.exitCode(), limit + ": " + outcome.err());
        }
        for (String limit : List.of("fast", "1 MiB", "-5 B/s", "1 bit/s")) {
            Atlas.Outcome outcome = Atlas.run("peer", "seed", torrentFile.toString(), "--dir",
                    tmp.resolve("seed").toString(), "--port", "0", "--upload-limit", limit);
            assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), limit + ": " + outcome.err());
            assertTrue(outcome.err().contains("--upload-limit"), outcome.err());
        }
    }
}
