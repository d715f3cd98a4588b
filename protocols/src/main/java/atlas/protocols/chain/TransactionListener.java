package atlas.protocols.chain;

/**
 * Told what becomes of one submitted transaction: included in a block, then solidified (final),
 * or dropped without effect. Exactly one of {@link #onIncluded} or {@link #onDropped} follows an
 * accepted submission; {@link #onSolidified} follows inclusion unless the run ends first.
 */
public interface TransactionListener {

    /** A listener for callers that do not care. */
    TransactionListener IGNORE = new TransactionListener() {
        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
        }
    };

    /** The transaction took effect in block {@code blockNumber}, produced at {@code blockTimeMicros}. */
    void onIncluded(TxId id, long blockNumber, long blockTimeMicros);

    /**
     * Block {@code blockNumber}, holding the transaction, became solid at {@code nowMicros}. Nothing
     * by default: a payment channel client acts on inclusion, and only a caller that must wait for
     * finality (an exchange crediting a deposit, say) needs this.
     */
    default void onSolidified(TxId id, long blockNumber, long nowMicros) {
    }

    /** No block will include it: it expired waiting, or failed validation when its block ran it. */
    void onDropped(TxId id, Outcome reason, long nowMicros);
}
