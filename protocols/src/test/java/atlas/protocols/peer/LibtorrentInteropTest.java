package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.pay.Participation;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An atlas peer interoperates with libtorrent (rasterbar, through python3-libtorrent and
 * {@code lt_peer.py}) on loopback, connecting directly without a tracker: it downloads what
 * libtorrent seeds and seeds what libtorrent downloads, byte for byte. Skipped without the Python
 * binding, unless ATLAS_REQUIRE_INTEROP is set.
 */
class LibtorrentInteropTest {

    /** The system's Python, where Debian's python3-libtorrent lives (not a virtualenv's). */
    private static final String PYTHON = "/usr/bin/python3";
    private static final int PIECE = 256 * 1024;

    @TempDir
    Path tmp;

    @BeforeAll
    static void requireLibtorrent() throws Exception {
        boolean present = false;
        if (Files.isExecutable(Path.of(PYTHON))) {
            Process probe = new ProcessBuilder(PYTHON, "-c", "import libtorrent").redirectErrorStream(true).start();
            present = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        }
        Interop.requireClient(present, "python3-libtorrent", "apt-get install python3-libtorrent");
    }

    /** With the extension on, the atlas peer must behave as a plain one: the other client never announces it. */
    @ParameterizedTest(name = "with BTT Speed: {0}")
    @ValueSource(booleans = {false, true})
    void downloadsFromALibtorrentSeed(boolean withBttSpeed) throws Exception {
        SpeedSettings speed = withBttSpeed ? new NoChain().participant(5, new Participation(true, true, true)) : null;
        byte[] data = PeerTransferTest.content(21, 5 * 1024 * 1024 + 4321);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
        Files.createDirectories(tmp.resolve("lt"));
        Files.write(tmp.resolve("lt/data.bin"), data);
        int port = Interop.freePort();
        Process lt = start("seed", torrent, tmp.resolve("lt"), port, null);
        try (RunningPeers run = new RunningPeers();
             BufferedReader out = new BufferedReader(new InputStreamReader(lt.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine(), "libtorrent checked its files and seeds");
            Interop.fetchAndCheck(run, torrent, tmp.resolve("atlas"), port, data, speed);
        } finally {
            lt.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** With the extension on, the atlas peer must behave as a plain one: the other client never announces it. */
    @ParameterizedTest(name = "with BTT Speed: {0}")
    @ValueSource(booleans = {false, true})
    void seedsToALibtorrentDownload(boolean withBttSpeed) throws Exception {
        SpeedSettings speed = withBttSpeed ? new NoChain().participant(5, new Participation(true, true, true)) : null;
        byte[] data = PeerTransferTest.content(22, 5 * 1024 * 1024 + 1234);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
        Files.createDirectories(tmp.resolve("atlas"));
        Files.write(tmp.resolve("atlas/data.bin"), data);
        Files.createDirectories(tmp.resolve("lt"));
        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("atlas"), PeerSettings.defaults(), speed, true);
            Process lt = start("download", torrent, tmp.resolve("lt"), Interop.freePort(), seed.localPort());
            try {
                String output = new String(lt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(lt.waitFor(150, TimeUnit.SECONDS), "libtorrent finished in time");
                assertEquals(0, lt.exitValue(), output);
            } finally {
                lt.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertArrayEquals(data, Files.readAllBytes(tmp.resolve("lt/data.bin")));
            assertTrue(seed.stats().bytesUploaded() >= data.length);
        }
    }

    private Process start(String mode, Metainfo torrent, Path dir, int port, Integer peerPort) throws IOException {
        Path script = tmp.resolve("lt_peer.py");
        if (!Files.exists(script)) {
            try (InputStream in = getClass().getResourceAsStream("lt_peer.py")) {
                Files.copy(in, script);
            }
        }
        Path torrentFile = tmp.resolve(mode + ".torrent");
        Files.write(torrentFile, torrent.toBytes());
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), mode, torrentFile.toString(),
                dir.toString(), Integer.toString(port)));
        if (peerPort != null) {
            command.add("127.0.0.1:" + peerPort);
        }
        return new ProcessBuilder(command).redirectError(tmp.resolve(mode + ".err").toFile()).start();
    }
}
