package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.TxId;
import atlas.protocols.pay.Participation;
import atlas.protocols.wire.ExtendedHandshake;
import atlas.protocols.wire.Handshake;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.TorrentBuilder;
import atlas.protocols.wire.btt.BttMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seed that takes part in BTT Speed closes a connection that breaks the extension's rules and
 * nothing else, never credits a channel its chain does not show, and serves peers without the
 * extension, or with it and no bid, in full and for free.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SpeedHostilePeerTest {

    private static final int PIECE = 64 * 1024;
    private static final byte[] ID = "-XX0000-hostilespeed".getBytes(StandardCharsets.US_ASCII);
    private static final TxId CHANNEL = new TxId(7, 7);
    /** The extended id the hostile peer asks to receive btt_speed under. */
    private static final int REMOTE_ID = 3;

    @TempDir
    Path tmp;

    private final byte[] data = PeerTransferTest.content(11, 16 * PIECE + 3);
    private final Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
    private final PeerSettings settings = PeerSettings.defaults().withTimeouts(2_000_000L, 600_000_000L, 1_000_000L);
    private final NoChain chain = new NoChain();
    private RunningPeers run;
    private TorrentPeer seed;

    @BeforeEach
    void startSeed() throws IOException {
        Files.createDirectories(tmp.resolve("seed"));
        Files.write(tmp.resolve("seed/data.bin"), data);
        run = new RunningPeers();
        seed = run.start(torrent, tmp.resolve("seed"), settings, chain.participant(2, new Participation(true, false, true)), true);
    }

    @AfterEach
    void stop() throws Exception {
        run.close();
    }

    static Stream<Arguments> hostileStreams() {
        byte[] announce = extendedHandshake();
        return Stream.of(
                Arguments.of("bad bencoding", join(announce, btt("d8:msg_typei0e5:pricei1ee2:xx".getBytes(
                        StandardCharsets.US_ASCII)))),
                Arguments.of("a value out of range", join(announce, btt("d8:msg_typei0e5:pricei-1ee".getBytes(
                        StandardCharsets.US_ASCII)))),
                Arguments.of("a message before announcing the extension", btt(new BttMessage.Bid(5).encode())),
                Arguments.of("a bad extended handshake", new PeerMessage.Extended(ExtendedHandshake.ID,
                        "d1:mi5ee".getBytes(StandardCharsets.US_ASCII)).toBytes()),
                Arguments.of("a payment on a channel never announced", join(announce, btt(new BttMessage.Payment(
                        new ChannelState(CHANNEL, 1, 100), new byte[64]).encode()))),
                Arguments.of("a price answering no bid", join(announce, btt(new BttMessage.Price(5, new byte[32])
                        .encode()))),
                Arguments.of("a close of a channel never announced", join(announce, btt(new BttMessage.Close(
                        new ChannelState(CHANNEL, 0, 0), new byte[64]).encode()))),
                Arguments.of("a channel and payment the chain does not know", join(announce,
                        btt(new BttMessage.ChannelAnnouncement(CHANNEL, 1_002_000, 5_000_000, Long.MAX_VALUE / 2,
                                new byte[32]).encode()),
                        btt(new BttMessage.Payment(new ChannelState(CHANNEL, 1, 5_000_000), new byte[64]).encode()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStreams")
    void closesOnlyTheOffendingConnection(String what, byte[] afterHandshake) throws Exception {
        try (Socket hostile = new Socket(RunningPeers.loopback(seed.localPort()).getAddress(), seed.localPort())) {
            hostile.getOutputStream().write(join(Handshake.of(torrent.infoHash(), ID, true).toBytes(), afterHandshake));
            HostilePeerTest.assertClosedByRemote(hostile);
        }
        assertEquals(0, seed.speedStats().earned(), "credited a payment it could not check");
        assertPeerDownloadsEverythingFree(null);
        assertPeerDownloadsEverythingFree(chain.participant(3, new Participation(true, false, true)));
        assertEquals(0, chain.submitted(), "a free transfer touched the chain");
    }

    /**
     * Seeded fuzzing of the extension alone: a connection that announces it, then sends random
     * extension messages, some mutated, and reads all the while (so that the seed processes every
     * message instead of failing on a closed socket), ending with one that breaks the encoding.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void survivesRandomAndMutatedExtensionMessages(long seedValue) throws Exception {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seedValue);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Handshake.of(torrent.infoHash(), ID, true).toBytes());
        out.writeBytes(extendedHandshake());
        for (int i = 0; i < 60; i++) {
            byte[] m = PeerFuzzTest.extended(random).toBytes();
            out.writeBytes(random.nextInt(8) == 0 ? PeerFuzzTest.mutate(m, random) : m);
        }
        out.writeBytes(btt("d8:msg_typei0e5:pricei1ee2:xx".getBytes(StandardCharsets.US_ASCII)));
        try (Socket hostile = new Socket(RunningPeers.loopback(seed.localPort()).getAddress(), seed.localPort())) {
            hostile.getOutputStream().write(out.toByteArray());
            HostilePeerTest.assertClosedByRemote(hostile);
        }
        assertEquals(0, seed.speedStats().earned(), "credited a payment it could not check");
        long bound = settings.maxWriteQueueBytes() + 64 * 1024 + settings.maxBlockRequest()
                + 12L * settings.maxQueuedRequests();
        assertTrue(seed.stats().peakConnectionBytes() <= bound, seed.stats() + " above " + bound);
        assertPeerDownloadsEverythingFree(null);
    }

    @Test
    void peersWithTheExtensionAndNoBidExchangeForFree() throws Exception {
        assertPeerDownloadsEverythingFree(chain.participant(4, new Participation(true, false, false)));
        assertEquals(0, chain.submitted());
        assertEquals(0, seed.speedStats().pricedBytesSent());
    }

    private void assertPeerDownloadsEverythingFree(SpeedSettings speed) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "leech");
        TorrentPeer leecher = run.start(torrent, dir, settings, speed, false);
        leecher.connect(RunningPeers.loopback(seed.localPort()));
        leecher.completion().get(60, TimeUnit.SECONDS);
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("data.bin")));
        assertEquals(0, leecher.speedStats().paid());
        assertEquals(0, leecher.speedStats().pricedBytesReceived());
    }

    /** Our extended handshake: btt_speed under {@link #REMOTE_ID}. */
    private static byte[] extendedHandshake() {
        return new ExtendedHandshake(Map.of(BttMessage.EXTENSION_NAME, REMOTE_ID), 0, Optional.empty(), 0)
                .toMessage().toBytes();
    }

    /** A btt_speed message under the id the seed gave out. */
    private static byte[] btt(byte[] payload) {
        return new PeerMessage.Extended(BttSpeed.EXTENSION_ID, payload).toBytes();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
