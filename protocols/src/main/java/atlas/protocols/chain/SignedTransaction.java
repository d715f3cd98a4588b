package atlas.protocols.chain;

/**
 * A transaction with its owner's public key and signature over {@link Transaction#encode()}. The
 * key travels with it because Ed25519, unlike Tron's secp256k1, cannot recover the key from the
 * signature. The canonical bytes and the id are computed once here.
 */
public final class SignedTransaction {

    private final Transaction transaction;
    private final byte[] publicKey;
    private final byte[] signature;
    private final byte[] encoded;
    private final TxId id;

    public SignedTransaction(Transaction transaction, byte[] publicKey, byte[] signature) {
        this.transaction = transaction;
        this.publicKey = publicKey.clone();
        this.signature = signature.clone();
        this.encoded = transaction.encode();
        this.id = TxId.of(encoded);
    }

    /** {@code transaction} signed by {@code signer}. */
    public static SignedTransaction sign(Transaction transaction, Signer signer) {
        return new SignedTransaction(transaction, signer.publicKey(), signer.sign(transaction.encode()));
    }

    public Transaction transaction() {
        return transaction;
    }

    public TxId id() {
        return id;
    }

    /** Whether the key derives the owner's address and the signature covers these exact bytes. */
    public Outcome checkSignature(Verifier verifier) {
        if (!Address.fromPublicKey(publicKey).equals(transaction.owner())) {
            return Outcome.OWNER_KEY_MISMATCH;
        }
        return verifier.verify(publicKey, encoded, signature) ? Outcome.OK : Outcome.BAD_SIGNATURE;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public String toString() {
        return "SignedTransaction[" + id + " " + transaction + "]";
    }
}
