package atlas.protocols.chain;

/** Checks signatures of one scheme; a wrong key, an altered message or a forged signature fail. */
@FunctionalInterface
public interface Verifier {

    /** Whether {@code signature} is {@code publicKey}'s signature over exactly {@code message}. */
    boolean verify(byte[] publicKey, byte[] message, byte[] signature);
}
