package atlas.protocols.wire.btt;

import atlas.protocols.bencode.BDict;
import atlas.protocols.bencode.BInteger;
import atlas.protocols.bencode.Bencode;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.TxId;
import atlas.protocols.wire.DictFields;
import atlas.protocols.wire.WireException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A message of the BTT Speed extension, as specified in this package's documentation: a bid, a
 * channel announcement, a payment, its acknowledgement, the uploader's price, a close
 * proposal or the uploader's notice that it leaves; {@link Unsupported} stands for a
 * {@code msg_type} from a later version, which the receiver ignores.
 */
public sealed interface BttMessage {

    /** The extension's name in the BEP 10 {@code m} dictionary. */
    String EXTENSION_NAME = "btt_speed";

    /** Longest signature or public key accepted: room for any scheme in use (Ed25519 64, secp256k1 65). */
    int MAX_KEY_OR_SIGNATURE_BYTES = 128;

    int BID = 0;
    int CHANNEL = 1;
    int PAYMENT = 2;
    int ACK = 3;
    int PRICE = 4;
    int CLOSE = 5;
    int LEAVING = 6;

    /** The bencoded payload of the extended message. */
    byte[] encode();

    /** Reads an extension payload; throws {@link WireException} for anything the specification forbids. */
    static BttMessage decode(byte[] payload) {
        BDict d = DictFields.decodePayload(payload, EXTENSION_NAME + " message");
        long type = DictFields.requireLong(d, "msg_type", Long.MIN_VALUE, Long.MAX_VALUE);
        if (type == BID) {
            return new Bid(DictFields.requireLong(d, "price", 0, Long.MAX_VALUE));
        }
        if (type == CHANNEL) {
            return new ChannelAnnouncement(channel(d), DictFields.requireLong(d, "asset", 0, Long.MAX_VALUE),
                    DictFields.requireLong(d, "deposit", 1, Long.MAX_VALUE),
                    DictFields.requireLong(d, "expiry", 0, Long.MAX_VALUE), signatureBytes(d, "key"));
        }
        if (type == PAYMENT) {
            return new Payment(state(d), signatureBytes(d, "sig"));
        }
        if (type == ACK) {
            return new Ack(state(d), signatureBytes(d, "sig"), signatureBytes(d, "csig"));
        }
        if (type == PRICE) {
            return new Price(DictFields.requireLong(d, "price", 0, Long.MAX_VALUE), signatureBytes(d, "key"));
        }
        if (type == CLOSE) {
            // A channel may close with nothing paid: its opening state, sequence 0.
            return new Close(new ChannelState(channel(d), DictFields.requireLong(d, "seq", 0, Long.MAX_VALUE),
                    DictFields.requireLong(d, "paid", 0, Long.MAX_VALUE)), signatureBytes(d, "sig"));
        }
        if (type == LEAVING) {
            return Leaving.INSTANCE;
        }
        return new Unsupported(type);
    }

    /**
     * The downloader's price for data from this peer.
     *
     * @param pricePerMiB base units per MiB, 0 for no bid
     */
    record Bid(long pricePerMiB) implements BttMessage {
        public Bid {
            requireRange("price", pricePerMiB, 0);
        }

        @Override
        public byte[] encode() {
            return Bencode.encode(BDict.builder().put("msg_type", BID).put("price", pricePerMiB).build());
        }
    }

    /**
     * The payer's announcement of a channel it opened to this peer (mirrors
     * {@code Operation.OpenChannel}); the recipient confirms every field on the chain.
     *
     * @param channel the opening transaction's id
     * @param assetId the TRC-10 token escrowed
     * @param deposit base units escrowed, positive
     * @param expiresAtMicros when the payer may reclaim the deposit
     * @param payerKey the public key that signs updates
     */
    record ChannelAnnouncement(TxId channel, long assetId, long deposit, long expiresAtMicros, byte[] payerKey)
            implements BttMessage {
        public ChannelAnnouncement {
            requireRange("asset", assetId, 0);
            requireRange("deposit", deposit, 1);
            requireRange("expiry", expiresAtMicros, 0);
            payerKey = checkedCopy("key", payerKey);
        }

        @Override
        public byte[] payerKey() {
            return payerKey.clone();
        }

        @Override
        public byte[] encode() {
            return Bencode.encode(BDict.builder().put("msg_type", CHANNEL).put("channel", channelBytes(channel))
                    .put("asset", assetId).put("deposit", deposit).put("expiry", expiresAtMicros)
                    .put("key", payerKey).build());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ChannelAnnouncement a && a.channel.equals(channel) && a.assetId == assetId
                    && a.deposit == deposit && a.expiresAtMicros == expiresAtMicros && Arrays.equals(a.payerKey, payerKey);
        }

        @Override
        public int hashCode() {
            return 31 * channel.hashCode() + Arrays.hashCode(payerKey);
        }
    }

    /**
     * A payment: the new cumulative state signed by the payer.
     *
     * @param state channel, sequence (at least 1) and cumulative amount paid (at least 1)
     * @param payerSignature over {@link ChannelState#updateMessage()}
     */
    record Payment(ChannelState state, byte[] payerSignature) implements BttMessage {
        public Payment {
            checkState(state);
            payerSignature = checkedCopy("sig", payerSignature);
        }

        /** The message for an update {@link atlas.protocols.chain.PayerChannel#pay} returned. */
        public static Payment of(SignedState update) {
            return new Payment(update.state(), update.payerSignature());
        }

        /** The update to hand to {@link atlas.protocols.chain.RecipientChannel#accept}. */
        public SignedState toSignedState() {
            return SignedState.byPayer(state, payerSignature.clone());
        }

        @Override
        public byte[] payerSignature() {
            return payerSignature.clone();
        }

        @Override
        public byte[] encode() {
            return Bencode.encode(stateFields(PAYMENT, state).put("sig", payerSignature).build());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Payment p && p.state.equals(state) && Arrays.equals(p.payerSignature, payerSignature);
        }

        @Override
        public int hashCode() {
            return 31 * state.hashCode() + Arrays.hashCode(payerSignature);
        }
    }

    /**
     * The recipient's acknowledgement: the payment it accepted, countersigned.
     *
     * @param state the accepted state
     * @param payerSignature the payer's signature, echoed
     * @param recipientSignature the recipient's countersignature over {@link ChannelState#updateMessage()}
     */
    record Ack(ChannelState state, byte[] payerSignature, byte[] recipientSignature) implements BttMessage {
        public Ack {
            checkState(state);
            payerSignature = checkedCopy("sig", payerSignature);
            recipientSignature = checkedCopy("csig", recipientSignature);
        }

        /** The message for a state {@link atlas.protocols.chain.RecipientChannel#countersign} returned. */
        public static Ack of(SignedState countersigned) {
            return new Ack(countersigned.state(), countersigned.payerSignature(), countersigned.recipientSignature());
        }

        /** The countersigned state to hand to {@link atlas.protocols.chain.PayerChannel#onCountersigned}. */
        public SignedState toSignedState() {
            return new SignedState(state, payerSignature.clone(), recipientSignature.clone());
        }

        @Override
        public byte[] payerSignature() {
            return payerSignature.clone();
        }

        @Override
        public byte[] recipientSignature() {
            return recipientSignature.clone();
        }

        @Override
        public byte[] encode() {
            return Bencode.encode(stateFields(ACK, state).put("sig", payerSignature).put("csig", recipientSignature)
                    .build());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ack a && a.state.equals(state) && Arrays.equals(a.payerSignature, payerSignature)
                    && Arrays.equals(a.recipientSignature, recipientSignature);
        }

        @Override
        public int hashCode() {
            return 31 * state.hashCode() + Arrays.hashCode(recipientSignature);
        }
    }

    /**
     * The uploader's answer to a bid: the price it charges for the blocks it sends after this
     * message, and the key to open channels to. Because it travels in the same ordered stream as
     * the blocks, both ledgers switch price at the same byte.
     *
     * @param pricePerMiB base units per MiB, 0 when the data is free (the uploader does not earn)
     * @param recipientKey the uploader's public key, which channels to it must name
     */
    record Price(long pricePerMiB, byte[] recipientKey) implements BttMessage {
        public Price {
            requireRange("price", pricePerMiB, 0);
            recipientKey = checkedCopy("key", recipientKey);
        }

        @Override
        public byte[] recipientKey() {
            return recipientKey.clone();
        }

        @Override
        public byte[] encode() {
            return Bencode.encode(BDict.builder().put("msg_type", PRICE).put("price", pricePerMiB)
                    .put("key", recipientKey).build());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Price p && p.pricePerMiB == pricePerMiB && Arrays.equals(p.recipientKey, recipientKey);
        }

        @Override
        public int hashCode() {
            return 31 * Long.hashCode(pricePerMiB) + Arrays.hashCode(recipientKey);
        }
    }

    /**
     * The payer's proposal to close a channel cooperatively at its latest state: its signature
     * over {@link ChannelState#finalMessage()}, which the recipient countersigns and submits.
     *
     * @param state the final state; sequence and paid may be 0 (a channel never paid through)
     * @param payerSignature over {@link ChannelState#finalMessage()}
     */
    record Close(ChannelState state, byte[] payerSignature) implements BttMessage {
        public Close {
            requireRange("seq", state.sequence(), 0);
            requireRange("paid", state.paid(), 0);
            payerSignature = checkedCopy("sig", payerSignature);
        }

        /** The message for a proposal {@link atlas.protocols.chain.PayerChannel#proposeFinal} returned. */
        public static Close of(SignedState proposal) {
            return new Close(proposal.state(), proposal.payerSignature());
        }

        /** The proposal to hand to {@link atlas.protocols.chain.RecipientChannel#agreeFinal}. */
        public SignedState toSignedState() {
            return SignedState.byPayer(state, payerSignature.clone());
        }

        @Override
        public byte[] payerSignature() {
            return payerSignature.clone();
        }

        @Override
        public byte[] encode() {
            return Bencode.encode(stateFields(CLOSE, state).put("sig", payerSignature).build());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Close c && c.state.equals(state) && Arrays.equals(c.payerSignature, payerSignature);
        }

        @Override
        public int hashCode() {
            return 31 * state.hashCode() + Arrays.hashCode(payerSignature);
        }
    }

    /**
     * The uploader's notice that it leaves and sends no more blocks: every block it sent came
     * before it in the stream, so the downloader's debt to it is final, to be paid in full and
     * its channels proposed closed. It has no keys besides {@code msg_type}.
     */
    record Leaving() implements BttMessage {
        /** The message: it carries nothing, so one instance serves. */
        public static final Leaving INSTANCE = new Leaving();

        @Override
        public byte[] encode() {
            return Bencode.encode(BDict.builder().put("msg_type", LEAVING).build());
        }
    }

    /**
     * A message of a type this version does not know; the specification says to ignore it.
     *
     * @param msgType its {@code msg_type}
     */
    record Unsupported(long msgType) implements BttMessage {
        public Unsupported {
            if (msgType >= BID && msgType <= LEAVING) {
                throw new IllegalArgumentException("msg_type " + msgType + " is supported");
            }
        }

        @Override
        public byte[] encode() {
            return Bencode.encode(BDict.builder().put("msg_type", new BInteger(msgType)).build());
        }
    }

    private static BDict.Builder stateFields(int type, ChannelState state) {
        return BDict.builder().put("msg_type", type).put("channel", channelBytes(state.channel()))
                .put("seq", state.sequence()).put("paid", state.paid());
    }

    private static ChannelState state(BDict d) {
        return new ChannelState(channel(d), DictFields.requireLong(d, "seq", 1, Long.MAX_VALUE),
                DictFields.requireLong(d, "paid", 1, Long.MAX_VALUE));
    }

    private static TxId channel(BDict d) {
        ByteBuffer b = ByteBuffer.wrap(DictFields.requireBytes(d, "channel", TxId.BYTES, TxId.BYTES));
        return new TxId(b.getLong(), b.getLong());
    }

    private static byte[] channelBytes(TxId id) {
        return ByteBuffer.allocate(TxId.BYTES).putLong(id.high()).putLong(id.low()).array();
    }

    private static byte[] signatureBytes(BDict d, String key) {
        return DictFields.requireBytes(d, key, 1, MAX_KEY_OR_SIGNATURE_BYTES);
    }

    private static void checkState(ChannelState state) {
        requireRange("seq", state.sequence(), 1);
        requireRange("paid", state.paid(), 1);
    }

    private static void requireRange(String key, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
        }
    }

    private static byte[] checkedCopy(String key, byte[] bytes) {
        if (bytes.length < 1 || bytes.length > MAX_KEY_OR_SIGNATURE_BYTES) {
            throw new IllegalArgumentException(key + " must hold 1 to " + MAX_KEY_OR_SIGNATURE_BYTES + " bytes, got "
                    + bytes.length);
        }
        return bytes.clone();
    }
}
