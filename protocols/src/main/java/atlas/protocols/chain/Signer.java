package atlas.protocols.chain;

/**
 * Holds one private key and signs messages with it. Implementations: {@link Ed25519Signer}, and the
 * simulator's fast simulated signer with the same acceptance rules. Not thread-safe.
 */
public interface Signer {

    /** The public key in the encoding this scheme's {@link Verifier} reads. */
    byte[] publicKey();

    /** A signature over all of {@code message}. */
    byte[] sign(byte[] message);

    /** The address of the account this key controls. */
    default Address address() {
        return Address.fromPublicKey(publicKey());
    }
}
