package atlas.protocols.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bencode.Mutations;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.TxId;
import atlas.protocols.wire.btt.BttMessage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Streams of random messages fed in random chunks decode to the same messages; mutated streams and
 * extension payloads fail only with WireException, always make progress, and never hold more than
 * the maximum message length.
 */
class WireFuzzTest {

    private static final int MAX = 1 << 12;

    static PeerMessage randomMessage(UniformRandomProvider random) {
        int piece = random.nextInt(1 << 20);
        switch (random.nextInt(11)) {
            case 0:
                return new PeerMessage.KeepAlive();
            case 1:
                return new PeerMessage.Signal(random.nextInt(4));
            case 2:
                return new PeerMessage.Have(piece);
            case 3:
                return new PeerMessage.BitfieldMessage(bytes(random, random.nextInt(64)));
            case 4:
                return PeerMessage.BlockRequest.request(piece, random.nextInt(1 << 20), random.nextInt(1 << 15));
            case 5:
                return PeerMessage.BlockRequest.cancel(piece, random.nextInt(1 << 20), random.nextInt(1 << 15));
            case 6:
                return PeerMessage.Piece.of(piece, random.nextInt(1 << 20), bytes(random, random.nextInt(MAX - 9)));
            case 7:
                return new PeerMessage.Port(random.nextInt(1 << 16));
            case 8:
                return new PeerMessage.Unknown(10 + random.nextInt(10), bytes(random, random.nextInt(16)));
            case 9:
                return randomExtendedHandshake(random).toMessage();
            default:
                return new PeerMessage.Extended(1 + random.nextInt(255), randomBtt(random).encode());
        }
    }

    static ExtendedHandshake randomExtendedHandshake(UniformRandomProvider random) {
        return new ExtendedHandshake(Map.of(BttMessage.EXTENSION_NAME, 1 + random.nextInt(255), "ut_metadata",
                random.nextInt(256)), random.nextInt(1 << 16), Optional.of("atlas"), random.nextInt(500));
    }

    static BttMessage randomBtt(UniformRandomProvider random) {
        TxId channel = new TxId(random.nextLong(), random.nextLong());
        ChannelState state = new ChannelState(channel, 1 + random.nextInt(1000), 1 + random.nextLong(1L << 40));
        switch (random.nextInt(4)) {
            case 0:
                return new BttMessage.Bid(random.nextLong(1L << 40));
            case 1:
                return new BttMessage.ChannelAnnouncement(channel, 1_002_000, 1 + random.nextLong(1L << 40),
                        random.nextLong(1L << 52), bytes(random, 32));
            case 2:
                return new BttMessage.Payment(state, bytes(random, 64));
            default:
                return new BttMessage.Ack(state, bytes(random, 64), bytes(random, 64));
        }
    }

    private static byte[] bytes(UniformRandomProvider random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Feeds {@code stream} in random chunks of 1..maxChunk bytes; stops at the first WireException. */
    private static List<PeerMessage> feed(UniformRandomProvider random, byte[] stream, int maxChunk, boolean handshake) {
        PeerWireDecoder decoder = new PeerWireDecoder(MAX, handshake);
        List<PeerMessage> out = new ArrayList<>();
        int at = 0;
        try {
            while (at < stream.length) {
                int n = Math.min(stream.length - at, 1 + random.nextInt(maxChunk));
                ByteBuffer chunk = ByteBuffer.wrap(stream, at, n);
                if (!decoder.handshakeRead() && decoder.readHandshake(chunk) == null) {
                    assertEquals(0, chunk.remaining(), "an incomplete handshake must consume the whole chunk");
                }
                int calls = 0;
                PeerMessage m;
                while (decoder.handshakeRead() && (m = decoder.read(chunk)) != null) {
                    out.add(m);
                    // Every message consumes at least its 4-byte prefix, so a chunk bounds the calls.
                    assertTrue(++calls <= n / 4 + 1, "no progress");
                }
                assertEquals(0, chunk.remaining(), "a null result must mean the chunk is used up");
                assertTrue(decoder.bufferCapacity() <= MAX, "buffer " + decoder.bufferCapacity());
                at += n;
            }
        } catch (WireException expected) {
            out.add(null);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void randomStreamsDecodeToTheirMessagesWhateverTheChunking(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (int round = 0; round < 20; round++) {
            List<PeerMessage> sent = new ArrayList<>();
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            stream.writeBytes(Handshake.of(InfoHash.of(bytes(random, 20)), bytes(random, 20), true).toBytes());
            for (int i = random.nextInt(60); i > 0; i--) {
                PeerMessage m = randomMessage(random);
                sent.add(m);
                stream.writeBytes(m.toBytes());
            }
            int maxChunk = random.nextBoolean() ? 1 + random.nextInt(8) : 1 + random.nextInt(3 * MAX);
            assertEquals(sent, feed(random, stream.toByteArray(), maxChunk, true));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void mutatedStreamsFailOnlyWithWireExceptions(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int failed = 0;
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (int i = 1 + random.nextInt(10); i > 0; i--) {
                stream.writeBytes(randomMessage(random).toBytes());
            }
            byte[] mutated = Mutations.mutate(random, stream.toByteArray());
            for (int i = random.nextInt(3); i > 0 && mutated.length > 0; i--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            List<PeerMessage> got = feed(random, mutated, 1 + random.nextInt(64), false);
            if (!got.isEmpty() && got.get(got.size() - 1) == null) {
                failed++;
                got.remove(got.size() - 1);
            }
            for (PeerMessage m : got) {
                try {
                    decodePayloads(m);
                } catch (WireException expected) {
                    // A mutated payload inside an intact frame: the connection would drop this peer.
                }
            }
        }
        assertTrue(failed > 30, "only " + failed + " of 300 mutated streams failed: the mutations are too gentle");
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void mutatedExtensionPayloadsFailOnlyWithWireExceptions(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int failed = 0;
        for (int i = 0; i < 2000; i++) {
            PeerMessage.Extended m = random.nextBoolean() ? new PeerMessage.Extended(1, randomBtt(random).encode())
                    : randomExtendedHandshake(random).toMessage();
            try {
                decodePayloads(new PeerMessage.Extended(m.extendedId(), Mutations.mutate(random, m.payload())));
            } catch (WireException e) {
                failed++;
            }
        }
        assertTrue(failed > 500, "only " + failed + " of 2000 mutated payloads failed");
    }

    /** What a connection does with an extension message: decode its payload by id. */
    private static void decodePayloads(PeerMessage m) {
        if (m instanceof PeerMessage.Extended e) {
            if (e.extendedId() == ExtendedHandshake.ID) {
                ExtendedHandshake.decode(e.payload());
            } else {
                BttMessage.decode(e.payload());
            }
        }
    }
}
