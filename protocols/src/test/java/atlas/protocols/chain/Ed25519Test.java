package atlas.protocols.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Guards that the JDK-backed Ed25519 scheme accepts a key's own signature over the exact message and nothing else. */
class Ed25519Test {

    private final Ed25519Signer alice = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
    private final Ed25519Signer bob = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(2L));
    private final Verifier verifier = new Ed25519Verifier();
    private final byte[] message = "pay 5 BTT".getBytes(StandardCharsets.US_ASCII);

    @Test
    void ownSignatureVerifies() {
        assertTrue(verifier.verify(alice.publicKey(), message, alice.sign(message)));
        assertEquals(Ed25519Verifier.PUBLIC_KEY_BYTES, alice.publicKey().length);
    }

    @Test
    void alteredMessageFails() {
        byte[] signature = alice.sign(message);
        byte[] altered = message.clone();
        altered[4] ^= 1;
        assertFalse(verifier.verify(alice.publicKey(), altered, signature));
    }

    @Test
    void otherKeyOrMangledSignatureFails() {
        byte[] signature = alice.sign(message);
        assertFalse(verifier.verify(bob.publicKey(), message, signature));
        byte[] mangled = signature.clone();
        mangled[10] ^= 0x40;
        assertFalse(verifier.verify(alice.publicKey(), message, mangled));
        assertFalse(verifier.verify(alice.publicKey(), message, new byte[3]));
        assertFalse(verifier.verify(new byte[31], message, signature));
    }

    @Test
    void keysFollowTheSeed() {
        Ed25519Signer again = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        assertArrayEquals(alice.publicKey(), again.publicKey());
        assertNotEquals(alice.address(), bob.address());
    }
}
