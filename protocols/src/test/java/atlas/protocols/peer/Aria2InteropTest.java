package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.pay.Participation;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
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
 * An atlas peer interoperates with aria2, an independent BitTorrent client, on loopback: it
 * downloads what aria2 seeds and seeds what aria2 downloads, byte for byte. aria2 has no option to
 * add a peer by address, so when it downloads, a tiny in-test HTTP tracker (BEP 3, compact peers
 * of BEP 23) names the atlas seed. Skipped without aria2c, unless ATLAS_REQUIRE_INTEROP is set.
 */
class Aria2InteropTest {

    private static final int PIECE = 256 * 1024;

    @TempDir
    Path tmp;

    @BeforeAll
    static void requireAria2() {
        boolean present = System.getenv("PATH") != null && java.util.Arrays.stream(
                System.getenv("PATH").split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "aria2c")));
        Interop.requireClient(present, "aria2c", "apt-get install aria2");
    }

    /** With the extension on, the atlas peer must behave as a plain one: the other client never announces it. */
    @ParameterizedTest(name = "with BTT Speed: {0}")
    @ValueSource(booleans = {false, true})
    void downloadsFromAnAria2Seed(boolean withBttSpeed) throws Exception {
        SpeedSettings speed = withBttSpeed ? new NoChain().participant(5, new Participation(true, true, true)) : null;
        byte[] data = PeerTransferTest.content(11, 5 * 1024 * 1024 + 777);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
        Path torrentFile = tmp.resolve("data.torrent");
        Files.write(torrentFile, torrent.toBytes());
        Files.createDirectories(tmp.resolve("aria"));
        Files.write(tmp.resolve("aria/data.bin"), data);
        int port = Interop.freePort();
        Process aria = startAria2(tmp.resolve("aria"), port, torrentFile, List.of("--seed-ratio=0.0"));
        try (RunningPeers run = new RunningPeers()) {
            awaitListening(port, aria);
            Interop.fetchAndCheck(run, torrent, tmp.resolve("atlas"), port, data, speed);
        } finally {
            aria.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** With the extension on, the atlas peer must behave as a plain one: the other client never announces it. */
    @ParameterizedTest(name = "with BTT Speed: {0}")
    @ValueSource(booleans = {false, true})
    void seedsToAnAria2Download(boolean withBttSpeed) throws Exception {
        SpeedSettings speed = withBttSpeed ? new NoChain().participant(5, new Participation(true, true, true)) : null;
        byte[] data = PeerTransferTest.content(12, 5 * 1024 * 1024 + 333);
        Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
        Path torrentFile = tmp.resolve("data.torrent");
        Files.write(torrentFile, torrent.toBytes());
        Files.createDirectories(tmp.resolve("atlas"));
        Files.write(tmp.resolve("atlas/data.bin"), data);
        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("atlas"), PeerSettings.defaults(), speed, true);
            HttpServer tracker = tracker(seed.localPort());
            Process aria = startAria2(tmp.resolve("aria"), Interop.freePort(), torrentFile, List.of("--seed-time=0",
                    "--bt-tracker=http://127.0.0.1:" + tracker.getAddress().getPort() + "/announce"));
            try {
                boolean finished = aria.waitFor(120, TimeUnit.SECONDS);
                String log = Files.readString(tmp.resolve("aria2.log"));
                assertTrue(finished, "aria2 did not finish downloading in time:\n" + log);
                assertEquals(0, aria.exitValue(), log);
            } finally {
                aria.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                tracker.stop(0);
            }
            assertArrayEquals(data, Files.readAllBytes(tmp.resolve("aria/data.bin")));
            assertTrue(seed.stats().bytesUploaded() >= data.length);
        }
    }

    private Process startAria2(Path dir, int port, Path torrentFile, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of("aria2c", "--enable-dht=false", "--enable-dht6=false",
                "--enable-peer-exchange=false", "--bt-enable-lpd=false", "--listen-port=" + port,
                "--check-integrity=true", "--summary-interval=0", "--console-log-level=notice",
                "--file-allocation=none", "--dir=" + dir));
        command.addAll(extra);
        command.add(torrentFile.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("aria2.log").toFile()).start();
    }

    /** A tracker that answers every announce with one peer: 127.0.0.1 and {@code peerPort}. */
    private static HttpServer tracker(int peerPort) throws IOException {
        HttpServer server = HttpServer.create(RunningPeers.loopback(0), 0);
        byte[] peer = ByteBuffer.allocate(6).put(InetAddress.getLoopbackAddress().getAddress())
                .putShort((short) peerPort).array();
        byte[] head = "d8:intervali60e5:peers6:".getBytes(StandardCharsets.US_ASCII);
        byte[] body = ByteBuffer.allocate(head.length + 7).put(head).put(peer).put((byte) 'e').array();
        server.createContext("/announce", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** Waits until aria2 has checked its file and listens (it opens the port only then). */
    private static void awaitListening(int port, Process aria) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(aria.isAlive(), "aria2 exited early");
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("aria2 did not listen on port " + port + " within 60 s");
    }
}
