package atlas.protocols.chain;

import java.nio.ByteBuffer;

/**
 * An unsigned transaction, as java-tron's {@code raw_data}: who sends it, what it does, when it
 * was made and until when a block may include it. Two otherwise equal transactions made at
 * different times have different ids; the same transaction sent twice is a replay.
 *
 * @param owner the sender, whose key must sign
 * @param operation what it does
 * @param timestampMicros creation time (java-tron {@code raw_data.timestamp})
 * @param expirationMicros no block at or after this time includes it (java-tron {@code raw_data.expiration})
 */
public record Transaction(Address owner, Operation operation, long timestampMicros, long expirationMicros) {

    /**
     * Bytes of a serialized Tron transaction outside the contract and the signature: ref_block_bytes,
     * ref_block_hash, expiration, timestamp, the contract's type and {@code Any} type URL, tags.
     * Calibrated so that a TRX transfer bills 268 bytes of bandwidth, what Tronscan shows for one.
     */
    public static final int ENVELOPE_BYTES = 82;

    /** The canonical bytes that are signed and hashed into the id. */
    public byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(Address.BYTES - 1 + 16 + operation.encodedBytes());
        out.putLong(owner.high()).putLong(owner.middle()).putInt(owner.low());
        out.putLong(timestampMicros).putLong(expirationMicros);
        operation.encode(out);
        return out.array();
    }

    /** Size of the signed transaction serialized as Tron would, whatever signature scheme we use. */
    public int serializedSize() {
        return ENVELOPE_BYTES + Operation.ADDRESS_FIELD + operation.contractBytes() + Operation.SIGNATURE_FIELD;
    }
}
