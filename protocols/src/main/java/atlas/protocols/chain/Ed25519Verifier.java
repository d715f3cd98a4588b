package atlas.protocols.chain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Verifies Ed25519 signatures (RFC 8032) with the JDK. Public keys are raw 32-byte encodings; the
 * JDK reads keys as X.509 {@code SubjectPublicKeyInfo}, which for Ed25519 is a fixed 12-byte header
 * before those 32 bytes (RFC 8410). Not thread-safe: it reuses one {@link Signature} engine.
 */
public final class Ed25519Verifier implements Verifier {

    /** Raw public key length. */
    public static final int PUBLIC_KEY_BYTES = 32;

    /** DER of SubjectPublicKeyInfo { AlgorithmIdentifier { id-Ed25519 }, BIT STRING (32 bytes) }. */
    private static final byte[] X509_HEADER = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final KeyFactory keys;
    private final Signature engine;

    public Ed25519Verifier() {
        try {
            keys = KeyFactory.getInstance("Ed25519");
            engine = Signature.getInstance("Ed25519");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    @Override
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != PUBLIC_KEY_BYTES) {
            return false;
        }
        byte[] encoded = Arrays.copyOf(X509_HEADER, X509_HEADER.length + PUBLIC_KEY_BYTES);
        System.arraycopy(publicKey, 0, encoded, X509_HEADER.length, PUBLIC_KEY_BYTES);
        try {
            PublicKey key = keys.generatePublic(new X509EncodedKeySpec(encoded));
            engine.initVerify(key);
            engine.update(message);
            return engine.verify(signature);
        } catch (GeneralSecurityException e) {
            // An undecodable key or a malformed signature is a failed verification, not an error.
            return false;
        }
    }

    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - PUBLIC_KEY_BYTES, encoded.length);
    }
}
