package atlas.protocols.chain;

/**
 * A transaction's id: the first 16 bytes of SHA-256 over its signed bytes (Tron uses all 32 bytes of
 * SHA-256 over {@code raw_data}; 128 bits keep collisions out of reach for any simulation). A
 * payment channel is named by the id of the transaction that opened it.
 *
 * @param high bytes 0..7
 * @param low bytes 8..15
 */
public record TxId(long high, long low) {

    /** Bytes a transaction id occupies in an encoded message. */
    public static final int BYTES = 16;

    /** The id of a transaction whose canonical bytes are {@code encoded}. */
    public static TxId of(byte[] encoded) {
        byte[] hash = Address.sha256(encoded);
        return new TxId(Address.readLong(hash, 0), Address.readLong(hash, 8));
    }

    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }
}
