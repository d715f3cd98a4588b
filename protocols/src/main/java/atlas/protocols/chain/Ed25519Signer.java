package atlas.protocols.chain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * An Ed25519 key (RFC 8032) from the JDK's {@code SunEC} provider. The public key is the raw
 * 32-byte encoding. Keys are drawn from the caller's generator, so a seeded run creates the same
 * keys; that makes them unfit for real money, and a real client passes a
 * {@link java.security.SecureRandom}-backed provider.
 */
public final class Ed25519Signer implements Signer {

    private final PrivateKey privateKey;
    private final byte[] publicKey;
    private final Signature engine;

    private Ed25519Signer(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = Ed25519Verifier.rawPublicKey(pair.getPublic());
        try {
            this.engine = Signature.getInstance("Ed25519");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    /** A new key whose 32 secret bytes come from {@code random}. */
    public static Ed25519Signer generate(UniformRandomProvider random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new ProviderRandom(random));
            return new Ed25519Signer(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            engine.initSign(privateKey);
            engine.update(message);
            return engine.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with a valid Ed25519 key failed", e);
        }
    }

    /** Feeds the key generator from the caller's generator instead of the operating system. */
    private static final class ProviderRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient UniformRandomProvider random;

        ProviderRandom(UniformRandomProvider random) {
            this.random = random;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
