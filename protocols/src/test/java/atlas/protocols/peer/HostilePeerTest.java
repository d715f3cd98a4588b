package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.wire.Handshake;
import atlas.protocols.wire.InfoHash;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.TorrentBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A peer that breaks the protocol loses its own connection and nothing else: the seed closes it,
 * keeps its memory for that connection bounded, and still serves a well-behaved peer in full.
 */
class HostilePeerTest {

    private static final int PIECE = 64 * 1024;
    private static final byte[] ID = "-XX0000-hostilepeer1".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    private final byte[] data = PeerTransferTest.content(7, 32 * PIECE + 5);
    private final Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
    private final PeerSettings settings = PeerSettings.defaults().withTimeouts(2_000_000L, 600_000_000L, 1_000_000L);
    private RunningPeers run;
    private TorrentPeer seed;

    @BeforeEach
    void startSeed() throws IOException {
        Files.createDirectories(tmp.resolve("seed"));
        Files.write(tmp.resolve("seed/data.bin"), data);
        run = new RunningPeers();
        seed = run.start(torrent, tmp.resolve("seed"), settings);
    }

    @AfterEach
    void stop() throws Exception {
        run.close();
    }

    static Stream<Arguments> hostileStreams() {
        Function<Metainfo, byte[]> garbage = t -> "GET /announce HTTP/1.1\r\nHost: example\r\n\r\n".repeat(3)
                .getBytes(StandardCharsets.US_ASCII);
        Function<Metainfo, byte[]> wrongHash = t -> Handshake.of(InfoHash.of(new byte[20]), ID, false).toBytes();
        return Stream.of(
                Arguments.of("garbage before the handshake", garbage),
                Arguments.of("a wrong info-hash", wrongHash),
                Arguments.of("an oversized length", afterHandshake(t -> ByteBuffer.allocate(4).putInt(64 << 20).array())),
                Arguments.of("a negative length", afterHandshake(t -> ByteBuffer.allocate(4).putInt(-5).array())),
                Arguments.of("a request beyond the torrent", afterHandshake(t ->
                        PeerMessage.BlockRequest.request(t.pieceCount(), 0, 16384).toBytes())),
                Arguments.of("a request beyond its piece", afterHandshake(t ->
                        PeerMessage.BlockRequest.request(0, PIECE - 100, 16384).toBytes())),
                Arguments.of("an oversized request", afterHandshake(t ->
                        PeerMessage.BlockRequest.request(0, 0, 1 << 20).toBytes())),
                Arguments.of("a bitfield of the wrong size", afterHandshake(t ->
                        new PeerMessage.BitfieldMessage(new byte[1]).toBytes())),
                Arguments.of("a HAVE beyond the torrent", afterHandshake(t ->
                        new PeerMessage.Have(t.pieceCount() + 3).toBytes())),
                Arguments.of("a block nobody asked for, of the wrong size", afterHandshake(t ->
                        PeerMessage.Piece.of(0, 3, new byte[100]).toBytes())),
                Arguments.of("a handshake that never comes", (Function<Metainfo, byte[]>) t -> new byte[10]));
    }

    private static Function<Metainfo, byte[]> afterHandshake(Function<Metainfo, byte[]> message) {
        return t -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(Handshake.of(t.infoHash(), ID, false).toBytes());
            out.writeBytes(message.apply(t));
            return out.toByteArray();
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStreams")
    void closesOnlyTheOffendingConnection(String what, Function<Metainfo, byte[]> bytes) throws Exception {
        try (Socket hostile = new Socket(RunningPeers.loopback(seed.localPort()).getAddress(), seed.localPort())) {
            hostile.getOutputStream().write(bytes.apply(torrent));
            assertClosedByRemote(hostile);
        }
        assertAnotherPeerDownloadsEverything();
    }

    @Test
    void dropsAPeerThatNeverReads() throws Exception {
        try (Socket hostile = new Socket()) {
            hostile.setReceiveBufferSize(4096);
            hostile.connect(RunningPeers.loopback(seed.localPort()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(Handshake.of(torrent.infoHash(), ID, false).toBytes());
            out.writeBytes(PeerMessage.Signal.INTERESTED.toBytes());
            hostile.getOutputStream().write(out.toByteArray());
            // Once unchoked (it reads nothing, so it cannot know), it asks for every piece, 2 MiB, and
            // again every few seconds: the kernel's socket buffers fill, then the seed's write queue.
            Thread.sleep(200);
            out.reset();
            for (int round = 0; round < 6; round++) {
                for (int p = 0; p < torrent.pieceCount(); p++) {
                    out.writeBytes(PeerMessage.BlockRequest.request(p, 0, torrent.pieceSize(p)).toBytes());
                }
            }
            byte[] requests = out.toByteArray();
            try {
                for (int batch = 0; batch < 100; batch++) {
                    hostile.getOutputStream().write(requests);
                    Thread.sleep(3 * settings.writeStallMicros() / 1000);
                }
            } catch (IOException closed) {
                // the seed dropped us
            }
            assertClosedByRemote(hostile);
        }
        assertAnotherPeerDownloadsEverything();
        long bound = settings.maxWriteQueueBytes() + 64 * 1024 + settings.maxBlockRequest() + 12L * settings.maxQueuedRequests();
        assertTrue(seed.stats().peakConnectionBytes() <= bound,
                seed.stats().peakConnectionBytes() + " bytes held for one connection, more than " + bound);
    }

    /** Reads (and discards) until the remote closes; fails if it stays open for a minute. */
    static void assertClosedByRemote(Socket socket) throws IOException {
        socket.setSoTimeout(60_000);
        InputStream in = socket.getInputStream();
        byte[] sink = new byte[65536];
        try {
            while (in.read(sink) >= 0) {
                // what the seed sent before it gave up on us
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the peer kept the connection open", e);
        } catch (IOException reset) {
            // a reset is a close too
        }
    }

    private void assertAnotherPeerDownloadsEverything() throws Exception {
        Path dir = Files.createTempDirectory(tmp, "leech");
        TorrentPeer leecher = run.start(torrent, dir, settings, false);
        leecher.connect(RunningPeers.loopback(seed.localPort()));
        leecher.completion().get(60, TimeUnit.SECONDS);
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("data.bin")));
        assertEquals(0, leecher.stats().hashFailures());
    }
}
