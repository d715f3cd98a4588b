package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.TxId;
import atlas.protocols.pay.Participation;
import atlas.protocols.piece.Bitfield;
import atlas.protocols.wire.ExtendedHandshake;
import atlas.protocols.wire.Handshake;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.TorrentBuilder;
import atlas.protocols.wire.btt.BttMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded fuzzing over real sockets: hundreds of connections sending random and mutated message
 * streams neither crash nor wedge a seed or a downloading peer, leave no connection behind once
 * they hang up, keep each connection's memory bounded, and never get a corrupt piece accepted;
 * likewise a seed with BTT Speed fed malformed and hostile extension messages.
 */
class PeerFuzzTest {

    private static final int PIECE = 32 * 1024;
    private static final int CONNECTIONS = 300;

    @TempDir
    Path tmp;

    private final byte[] data = PeerTransferTest.content(9, 24 * PIECE + 99);
    private final Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();

    @ParameterizedTest(name = "target is a {0}")
    @ValueSource(strings = {"seed", "leecher", "seed with BTT Speed"})
    void survivesRandomAndMutatedMessages(String target) throws Exception {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(target.hashCode());
        PeerSettings settings = PeerSettings.defaults();
        Files.createDirectories(tmp.resolve("seed"));
        Files.write(tmp.resolve("seed/data.bin"), data);
        SpeedSettings speed = target.endsWith("BTT Speed")
                ? new NoChain().participant(1, new Participation(true, false, true)) : null;
        try (RunningPeers run = new RunningPeers()) {
            TorrentPeer seed = run.start(torrent, tmp.resolve("seed"), settings, speed, true);
            TorrentPeer victim = target.equals("seed") ? seed : run.start(torrent, tmp.resolve("victim"), settings);
            for (int i = 0; i < CONNECTIONS; i++) {
                try (Socket s = new Socket(RunningPeers.loopback(0).getAddress(), victim.localPort())) {
                    s.getOutputStream().write(stream(random));
                } catch (IOException closedEarly) {
                    // the peer hung up on us mid-stream: fine
                }
            }
            CorruptSeedTest.awaitTrue(() -> victim.stats().connections() == 0, "every fuzzing connection is closed");
            long bound = settings.maxWriteQueueBytes() + 64 * 1024 + settings.maxBlockRequest()
                    + 12L * settings.maxQueuedRequests();
            assertTrue(victim.stats().peakConnectionBytes() <= bound, victim.stats() + " above " + bound);
            if (victim != seed) {
                assertEquals(0, victim.stats().verifiedPieces(), "random blocks never pass a piece hash");
            }
            Path dir = tmp.resolve("check");
            TorrentPeer leecher = run.start(torrent, dir, settings, false);
            leecher.connect(RunningPeers.loopback(victim.localPort()));
            if (victim != seed) {
                victim.connect(RunningPeers.loopback(seed.localPort()));
                victim.completion().get(60, TimeUnit.SECONDS);
                assertArrayEquals(data, Files.readAllBytes(tmp.resolve("victim/data.bin")));
            }
            leecher.completion().get(60, TimeUnit.SECONDS);
            assertArrayEquals(data, Files.readAllBytes(dir.resolve("data.bin")));
        }
    }

    /** A handshake (usually valid) then random messages, some of them mutated. */
    private byte[] stream(UniformRandomProvider random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] id = new byte[20];
        random.nextBytes(id);
        boolean extensions = random.nextBoolean();
        byte[] handshake = Handshake.of(torrent.infoHash(), id, extensions).toBytes();
        out.writeBytes(random.nextInt(10) == 0 ? mutate(handshake, random) : handshake);
        if (extensions && random.nextBoolean()) {
            // Announces BTT Speed, so that a peer that takes part reads the BTT messages that follow.
            out.writeBytes(new ExtendedHandshake(Map.of(BttMessage.EXTENSION_NAME, 1 + random.nextInt(255)), 0,
                    Optional.empty(), 0).toMessage().toBytes());
        }
        int messages = random.nextInt(40);
        for (int i = 0; i < messages; i++) {
            byte[] m = message(random).toBytes();
            out.writeBytes(random.nextInt(8) == 0 ? mutate(m, random) : m);
        }
        return out.toByteArray();
    }

    private PeerMessage message(UniformRandomProvider random) {
        int pieces = torrent.pieceCount();
        int piece = random.nextInt(10) == 0 ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(pieces);
        int begin = random.nextBoolean() ? 16384 * random.nextInt(2) : random.nextInt(PIECE);
        return switch (random.nextInt(9)) {
            case 0 -> PeerMessage.Signal.of(random.nextInt(4));
            case 1 -> new PeerMessage.Have(piece);
            case 2 -> {
                Bitfield b = new Bitfield(pieces);
                for (int p = 0; p < pieces; p++) {
                    if (random.nextBoolean()) {
                        b.set(p);
                    }
                }
                yield PeerMessage.BitfieldMessage.of(b);
            }
            case 3 -> PeerMessage.BlockRequest.request(piece, begin, random.nextBoolean() ? 16384 : random.nextInt(1 << 18));
            case 4 -> PeerMessage.BlockRequest.cancel(piece, begin, 16384);
            case 5 -> {
                byte[] block = new byte[random.nextBoolean() ? 16384 : random.nextInt(20000)];
                random.nextBytes(block);
                yield PeerMessage.Piece.of(piece, begin, block);
            }
            case 6 -> new PeerMessage.Port(random.nextInt(65536));
            case 7 -> extended(random);
            default -> new PeerMessage.Unknown(10 + random.nextInt(10), randomBytes(random, 30));
        };
    }

    /**
     * An extension message: random bytes under a random id, an extended handshake announcing
     * BTT Speed, or a well-formed BTT Speed message with random fields (mutation breaks some).
     */
    static PeerMessage extended(UniformRandomProvider random) {
        TxId channel = new TxId(random.nextLong(), random.nextInt(3));
        ChannelState state = new ChannelState(channel, 1 + random.nextInt(5), 1 + random.nextInt(1000));
        BttMessage btt = switch (random.nextInt(9)) {
            case 0 -> new BttMessage.Bid(random.nextInt(2_000_000));
            case 1 -> new BttMessage.Price(random.nextInt(2_000_000), randomBytes(random, 1, 40));
            case 2 -> new BttMessage.ChannelAnnouncement(channel, 1_002_000, 1 + random.nextInt(1 << 20),
                    random.nextLong() >>> 1, randomBytes(random, 1, 40));
            case 3 -> new BttMessage.Payment(state, randomBytes(random, 1, 70));
            case 4 -> new BttMessage.Ack(state, randomBytes(random, 1, 70), randomBytes(random, 1, 70));
            case 5 -> new BttMessage.Close(state, randomBytes(random, 1, 70));
            case 6 -> BttMessage.Leaving.INSTANCE;
            case 7 -> null;
            default -> new BttMessage.Unsupported(BttMessage.LEAVING + 1 + random.nextInt(100));
        };
        if (btt != null) {
            return new PeerMessage.Extended(BttSpeed.EXTENSION_ID, btt.encode());
        }
        return random.nextBoolean() ? new PeerMessage.Extended(random.nextInt(256), randomBytes(random, 50))
                : new ExtendedHandshake(Map.of(BttMessage.EXTENSION_NAME, 1 + random.nextInt(255)), 0,
                        Optional.empty(), 0).toMessage();
    }

    private static byte[] randomBytes(UniformRandomProvider random, int min, int max) {
        byte[] b = new byte[min + random.nextInt(max - min)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] randomBytes(UniformRandomProvider random, int max) {
        byte[] b = new byte[random.nextInt(max)];
        random.nextBytes(b);
        return b;
    }

    /** Flips, drops or inserts a few bytes. */
    static byte[] mutate(byte[] bytes, UniformRandomProvider random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : bytes) {
            int roll = random.nextInt(Math.max(4, bytes.length / 2));
            if (roll == 0) {
                out.write(random.nextInt(256));
            } else if (roll == 1) {
                continue;
            } else if (roll == 2) {
                out.write(b);
                out.write(random.nextInt(256));
                continue;
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
