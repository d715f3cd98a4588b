package atlas.protocols.wire.btt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bencode.BDict;
import atlas.protocols.bencode.Bencode;
import atlas.protocols.bid.Prices;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.Ed25519Signer;
import atlas.protocols.chain.Ed25519Verifier;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.TxId;
import atlas.protocols.wire.ExtensionIds;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.PeerWireDecoder;
import atlas.protocols.wire.WireException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each BTT Speed message has the exact bencoded form the package specification gives, keys a
 * later version adds are ignored, values out
 * of range or of the wrong type are refused, and payments signed by a PayerChannel survive the
 * wire and are accepted and countersigned by the RecipientChannel.
 */
class BttMessageTest {

    private static final TxId CHANNEL = new TxId(0x0102030405060708L, 0x090a0b0c0d0e0f10L);
    private static final String CHANNEL_BYTES = "\1\2\3\4\5\6\7\b\t\n\u000b\f\r\u000e\u000f\u0010";

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aBidIsItsPricePerMiB() {
        BttMessage bid = new BttMessage.Bid(1500);
        assertArrayEquals(ascii("d"
                + "8:msg_typei0e" // 0: bid
                + "5:pricei1500e" // base units per MiB
                + "e"), bid.encode());
        assertEquals(bid, BttMessage.decode(bid.encode()));
    }

    @Test
    void aChannelAnnouncementMirrorsTheOpeningTransaction() {
        BttMessage announce = new BttMessage.ChannelAnnouncement(CHANNEL, 1_002_000, 5_000_000, 1_700_000_000_000_000L,
                ascii("KEY"));
        assertArrayEquals(ascii("d"
                + "5:asseti1002000e" // TRC-10 token id of BTT
                + "7:channel16:" + CHANNEL_BYTES // opening transaction id, high then low, big-endian
                + "7:depositi5000000e" // base units escrowed
                + "6:expiryi1700000000000000e" // microseconds since the epoch
                + "3:key3:KEY" // payer's public key
                + "8:msg_typei1e" // 1: channel
                + "e"), announce.encode());
        assertEquals(announce, BttMessage.decode(announce.encode()));
    }

    @Test
    void aPaymentAndItsAcknowledgementCarryTheSignedState() {
        ChannelState state = new ChannelState(CHANNEL, 2, 350);
        BttMessage payment = new BttMessage.Payment(state, ascii("SIG1"));
        assertArrayEquals(ascii("d"
                + "7:channel16:" + CHANNEL_BYTES
                + "8:msg_typei2e" // 2: payment
                + "4:paidi350e" // cumulative base units
                + "3:seqi2e" // update sequence
                + "3:sig4:SIG1" // payer's signature
                + "e"), payment.encode());
        assertEquals(payment, BttMessage.decode(payment.encode()));

        BttMessage ack = new BttMessage.Ack(state, ascii("SIG1"), ascii("CSIG"));
        assertArrayEquals(ascii("d"
                + "7:channel16:" + CHANNEL_BYTES
                + "4:csig4:CSIG" // recipient's countersignature
                + "8:msg_typei3e" // 3: acknowledgement
                + "4:paidi350e"
                + "3:seqi2e"
                + "3:sig4:SIG1" // payer's signature, echoed
                + "e"), ack.encode());
        assertEquals(ack, BttMessage.decode(ack.encode()));
    }

    @Test
    void aPriceAnswersABidWithTheUploadersKey() {
        BttMessage price = new BttMessage.Price(1500, ascii("RKEY"));
        assertArrayEquals(ascii("d"
                + "3:key4:RKEY" // uploader's public key: channels to it name it
                + "8:msg_typei4e" // 4: price
                + "5:pricei1500e" // base units per MiB for the blocks sent after it
                + "e"), price.encode());
        assertEquals(price, BttMessage.decode(price.encode()));
    }

    @Test
    void aCloseCarriesTheFinalStateSignedByThePayer() {
        BttMessage close = new BttMessage.Close(new ChannelState(CHANNEL, 7, 4200), ascii("FSIG"));
        assertArrayEquals(ascii("d"
                + "7:channel16:" + CHANNEL_BYTES
                + "8:msg_typei5e" // 5: close
                + "4:paidi4200e" // cumulative base units at the close
                + "3:seqi7e" // the latest update's sequence
                + "3:sig4:FSIG" // payer's signature over the final message
                + "e"), close.encode());
        assertEquals(close, BttMessage.decode(close.encode()));
        // A channel never paid through closes at its opening state.
        BttMessage opening = new BttMessage.Close(ChannelState.opening(CHANNEL), ascii("F"));
        assertEquals(opening, BttMessage.decode(opening.encode()));
    }

    @Test
    void leavingCarriesNothingButItsType() {
        assertArrayEquals(ascii("d"
                + "8:msg_typei6e" // 6: leaving
                + "e"), BttMessage.Leaving.INSTANCE.encode());
        assertEquals(BttMessage.Leaving.INSTANCE, BttMessage.decode(ascii("d8:msg_typei6ee")));
        assertThrows(IllegalArgumentException.class, () -> new BttMessage.Unsupported(BttMessage.LEAVING),
                "leaving is a known type, not a later version's");
    }

    /** A later version may add keys to leaving: a receiver ignores them, wherever they sort. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void leavingWithKeysOfALaterVersionIsStillLeaving(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        BDict.Builder dict = BDict.builder().put("msg_type", BttMessage.LEAVING);
        for (int i = random.nextInt(4); i >= 0; i--) {
            byte[] value = new byte[random.nextInt(20)];
            random.nextBytes(value);
            String key = Character.toString('a' + random.nextInt(26)) + random.nextInt(1000);
            if (random.nextBoolean()) {
                dict.put(key, value);
            } else {
                dict.put(key, random.nextLong());
            }
        }
        assertEquals(BttMessage.Leaving.INSTANCE, BttMessage.decode(Bencode.encode(dict.build())));
    }

    @Test
    void unknownMessageTypesAndKeysAreIgnoredForForwardCompatibility() {
        assertEquals(new BttMessage.Unsupported(9), BttMessage.decode(ascii("d8:msg_typei9e3:newi1ee")));
        assertEquals(new BttMessage.Bid(5), BttMessage.decode(ascii("d5:extra0:8:msg_typei0e5:pricei5ee")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "d5:pricei5ee|missing required key \"msg_type\"",
        "d8:msg_type1:0e|\"msg_type\": expected an integer",
        "d8:msg_typei0e5:pricei-1ee|\"price\": -1 is outside",
        "d8:msg_typei0ee|missing required key \"price\"",
        "d8:msg_typei0e5:price4:1500e|\"price\": expected an integer",
        "d5:asseti1e7:channel15:AAAAAAAAAAAAAAA7:depositi5e6:expiryi0e3:key1:K8:msg_typei1ee|\"channel\": expected 16 bytes, found 15",
        "d5:asseti1e7:channel16:AAAAAAAAAAAAAAAA7:depositi0e6:expiryi0e3:key1:K8:msg_typei1ee|\"deposit\": 0 is outside",
        "d5:asseti1e7:channel16:AAAAAAAAAAAAAAAA7:depositi1e6:expiryi-5e3:key1:K8:msg_typei1ee|\"expiry\": -5 is outside",
        "d5:asseti1e7:channel16:AAAAAAAAAAAAAAAA7:depositi1e6:expiryi0e3:key0:8:msg_typei1ee|\"key\": expected 1 to 128 bytes, found 0",
        "d7:channel16:AAAAAAAAAAAAAAAA8:msg_typei2e4:paidi1e3:seqi0e3:sig1:Se|\"seq\": 0 is outside",
        "d7:channel16:AAAAAAAAAAAAAAAA8:msg_typei2e4:paidi0e3:seqi1e3:sig1:Se|\"paid\": 0 is outside",
        "d7:channel16:AAAAAAAAAAAAAAAA8:msg_typei2e4:paidi1e3:seqi1e3:sigi1ee|\"sig\": expected a byte string",
        "d7:channel16:AAAAAAAAAAAAAAAA8:msg_typei3e4:paidi1e3:seqi1e3:sig1:Se|missing required key \"csig\"",
        "d8:msg_typei4e5:pricei5ee|missing required key \"key\"",
        "d3:key1:K8:msg_typei4e5:pricei-5ee|\"price\": -5 is outside",
        "d7:channel16:AAAAAAAAAAAAAAAA8:msg_typei5e4:paidi-1e3:seqi0e3:sig1:Se|\"paid\": -1 is outside",
        "d7:channel16:AAAAAAAAAAAAAAAA8:msg_typei5e4:paidi0e3:seqi0ee|missing required key \"sig\"",
        "l8:msg_typee|must be a dictionary",
        "d8:msg_typei0e5:pricei1ee2:xx|bad bencoding",
        "d8:msg_type1:6e|\"msg_type\": expected an integer",
        "d8:msg_typei6ee1:x|bad bencoding",
    })
    void messagesThatBreakTheSpecificationAreRefused(String payload, String reason) {
        WireException e = assertThrows(WireException.class, () -> BttMessage.decode(ascii(payload)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aSignatureLongerThanAnySchemeIsRefused() {
        byte[] longSig = new byte[BttMessage.MAX_KEY_OR_SIGNATURE_BYTES + 1];
        assertThrows(IllegalArgumentException.class,
                () -> new BttMessage.Payment(new ChannelState(CHANNEL, 1, 1), longSig));
        byte[] encoded = new BttMessage.Payment(new ChannelState(CHANNEL, 1, 1), new byte[1]).encode();
        String text = new String(encoded, StandardCharsets.ISO_8859_1).replace("3:sig1:\0", "3:sig129:" + "\0".repeat(129));
        WireException e = assertThrows(WireException.class, () -> BttMessage.decode(ascii(text)));
        assertTrue(e.getMessage().contains("found 129"), e.getMessage());
    }

    @Test
    void paymentsCrossTheWireBetweenRealChannels() {
        Ed25519Signer payerKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        Ed25519Signer recipientKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(2L));
        Ed25519Verifier verifier = new Ed25519Verifier();
        PayerChannel payer = new PayerChannel(CHANNEL, 1_000_000, payerKey, recipientKey.publicKey(), verifier);
        ExtensionIds payerSide = new ExtensionIds(Map.of(BttMessage.EXTENSION_NAME, 5));
        ExtensionIds recipientSide = new ExtensionIds(Map.of(BttMessage.EXTENSION_NAME, 9));
        payerSide.onRemoteHandshake(recipientSide.localHandshake(0, Optional.empty(), 0));
        recipientSide.onRemoteHandshake(payerSide.localHandshake(0, Optional.empty(), 0));

        // Payer to recipient: announce the channel, bid, then pay for 3 MiB at the bid.
        BttMessage.Bid bid = new BttMessage.Bid(2_000);
        long owed = Prices.valueOf(bid.pricePerMiB(), 3 * Prices.MIB);
        ByteArrayOutputStream toRecipient = new ByteArrayOutputStream();
        for (BttMessage m : new BttMessage[] {
            new BttMessage.ChannelAnnouncement(CHANNEL, 1_002_000, 1_000_000, 0, payerKey.publicKey()), bid,
            BttMessage.Payment.of(payer.pay(owed))}) {
            toRecipient.writeBytes(payerSide.toRemote(BttMessage.EXTENSION_NAME, m.encode()).toBytes());
        }

        PeerWireDecoder recipientIn = new PeerWireDecoder(PeerWireDecoder.DEFAULT_MAX_MESSAGE_LENGTH, false);
        ByteBuffer in = ByteBuffer.wrap(toRecipient.toByteArray());
        RecipientChannel recipient = null;
        BttMessage.Ack ack = null;
        PeerMessage frame;
        while ((frame = recipientIn.read(in)) != null) {
            PeerMessage.Extended e = (PeerMessage.Extended) frame;
            assertEquals(Optional.of(BttMessage.EXTENSION_NAME), recipientSide.localName(e.extendedId()));
            BttMessage m = BttMessage.decode(e.payload());
            if (m instanceof BttMessage.ChannelAnnouncement a) {
                recipient = new RecipientChannel(a.channel(), a.deposit(), recipientKey, a.payerKey(), verifier);
            } else if (m instanceof BttMessage.Payment p) {
                assertEquals(Outcome.OK, recipient.accept(p.toSignedState()));
                ack = BttMessage.Ack.of(recipient.countersign());
            }
        }
        assertEquals(owed, recipient.received());
        assertEquals(6_000, owed);

        // Recipient to payer: the acknowledgement gives the payer evidence to close alone.
        byte[] ackFrame = recipientSide.toRemote(BttMessage.EXTENSION_NAME, ack.encode()).toBytes();
        PeerMessage.Extended back = (PeerMessage.Extended) new PeerWireDecoder(1 << 10, false)
                .read(ByteBuffer.wrap(ackFrame));
        BttMessage.Ack received = (BttMessage.Ack) BttMessage.decode(back.payload());
        assertEquals(Outcome.OK, payer.onCountersigned(received.toSignedState()));
        assertEquals(owed, payer.acknowledged().state().paid());
    }

    @Test
    void aTamperedPaymentFailsTheChannelRulesNotTheDecoder() {
        Ed25519Signer payerKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
        Ed25519Signer recipientKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(4L));
        Ed25519Verifier verifier = new Ed25519Verifier();
        PayerChannel payer = new PayerChannel(CHANNEL, 1_000, payerKey, recipientKey.publicKey(), verifier);
        RecipientChannel recipient = new RecipientChannel(CHANNEL, 1_000, recipientKey, payerKey.publicKey(), verifier);
        BttMessage.Payment honest = BttMessage.Payment.of(payer.pay(100));
        BttMessage.Payment inflated = new BttMessage.Payment(honest.state().next(500), honest.payerSignature());
        BttMessage decoded = BttMessage.decode(inflated.encode());
        assertEquals(Outcome.BAD_PAYER_SIGNATURE, recipient.accept(((BttMessage.Payment) decoded).toSignedState()));
        assertEquals(0, recipient.received());
    }
}
