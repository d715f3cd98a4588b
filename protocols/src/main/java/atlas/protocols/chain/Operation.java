package atlas.protocols.chain;

import java.nio.ByteBuffer;

/**
 * What a transaction does: Tron's two value transfers and the payment-channel calls of
 * {@link ChannelRules}. Each knows its canonical encoding (what is signed and hashed) and the
 * bytes its contract would take in a serialized Tron transaction (what bandwidth bills), which does
 * not depend on the signature scheme in use: protobuf field sizes, an address 23 bytes, an
 * {@code int64} 9, a 32-byte id or key 34, a signature 66.
 */
public sealed interface Operation {

    /** Canonical encoding length, kind byte included. */
    int encodedBytes();

    /** Appends the canonical encoding. */
    void encode(ByteBuffer out);

    /** Bytes of the contract inside a serialized Tron transaction. */
    int contractBytes();

    /** java-tron {@code TransferContract}: move TRX. */
    record TransferTrx(Address to, long amount) implements Operation {
        @Override
        public int encodedBytes() {
            return 1 + Address.BYTES + 8;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) 1);
            putAddress(out, to);
            out.putLong(amount);
        }

        @Override
        public int contractBytes() {
            return ADDRESS_FIELD + INT_FIELD;
        }
    }

    /** java-tron {@code TransferAssetContract}: move a TRC-10 asset. */
    record TransferAsset(Address to, long assetId, long amount) implements Operation {
        @Override
        public int encodedBytes() {
            return 1 + Address.BYTES + 16;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) 2);
            putAddress(out, to);
            out.putLong(assetId).putLong(amount);
        }

        @Override
        public int contractBytes() {
            // asset_name is the id's decimal digits, e.g. "1002000".
            return ADDRESS_FIELD + INT_FIELD + 2 + Long.toString(assetId).length();
        }
    }

    /** Escrows {@code deposit} of asset {@code assetId} for the holder of {@code recipientKey} until {@code expiresAtMicros}. */
    record OpenChannel(byte[] recipientKey, long assetId, long deposit, long expiresAtMicros) implements Operation {
        public OpenChannel {
            recipientKey = recipientKey.clone();
        }

        @Override
        public byte[] recipientKey() {
            return recipientKey.clone();
        }

        @Override
        public int encodedBytes() {
            return 1 + 4 + recipientKey.length + 24;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) 3).putInt(recipientKey.length).put(recipientKey);
            out.putLong(assetId).putLong(deposit).putLong(expiresAtMicros);
        }

        @Override
        public int contractBytes() {
            return ID_FIELD + 3 * INT_FIELD;
        }
    }

    /** Cooperative close: a state both parties signed over its final message; settles at once. */
    record CloseChannel(SignedState finalState) implements Operation {
        @Override
        public int encodedBytes() {
            return 1 + stateBytes(finalState);
        }

        @Override
        public void encode(ByteBuffer out) {
            putState(out.put((byte) 4), finalState);
        }

        @Override
        public int contractBytes() {
            return stateContractBytes(finalState);
        }
    }

    /** Unilateral close or challenge: a party's latest update; starts or continues the challenge window. */
    record SubmitState(SignedState state) implements Operation {
        @Override
        public int encodedBytes() {
            return 1 + stateBytes(state);
        }

        @Override
        public void encode(ByteBuffer out) {
            putState(out.put((byte) 5), state);
        }

        @Override
        public int contractBytes() {
            return stateContractBytes(state);
        }
    }

    /** Splits the escrow by the latest submitted state once the challenge deadline has passed. */
    record SettleChannel(TxId channel) implements Operation {
        @Override
        public int encodedBytes() {
            return 1 + TxId.BYTES;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) 6).putLong(channel.high()).putLong(channel.low());
        }

        @Override
        public int contractBytes() {
            return ID_FIELD;
        }
    }

    /** Protobuf bytes of an address field: tag, length, 21 bytes. */
    int ADDRESS_FIELD = 2 + Address.BYTES;
    /** Protobuf bytes of an int64 field at its usual width. */
    int INT_FIELD = 9;
    /** Protobuf bytes of a 32-byte field (an id, a key). */
    int ID_FIELD = 34;
    /** Protobuf bytes of a signature field: Tron's 65-byte (r, s, v) plus tag and length. */
    int SIGNATURE_FIELD = 67;

    private static void putAddress(ByteBuffer out, Address address) {
        out.putLong(address.high()).putLong(address.middle()).putInt(address.low());
    }

    private static int stateBytes(SignedState signed) {
        return TxId.BYTES + 16 + 8 + signed.payerSignature().length + signed.recipientSignature().length;
    }

    private static void putState(ByteBuffer out, SignedState signed) {
        ChannelState state = signed.state();
        out.putLong(state.channel().high()).putLong(state.channel().low()).putLong(state.sequence())
                .putLong(state.paid());
        out.putInt(signed.payerSignature().length).put(signed.payerSignature());
        out.putInt(signed.recipientSignature().length).put(signed.recipientSignature());
    }

    private static int stateContractBytes(SignedState signed) {
        int signatures = (signed.payerSignature().length > 0 ? 1 : 0) + (signed.hasRecipientSignature() ? 1 : 0);
        return ID_FIELD + 2 * INT_FIELD + signatures * SIGNATURE_FIELD;
    }
}
