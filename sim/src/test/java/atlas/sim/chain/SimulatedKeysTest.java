package atlas.sim.chain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Signer;
import java.util.Arrays;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards that simulated signatures keep a real scheme's acceptance rules: a key's own signature
 * over the exact bytes passes, and any altered bit, other key, unknown key or malformed input fails.
 */
class SimulatedKeysTest {

    @ParameterizedTest(name = "message length {0}")
    @ValueSource(ints = {0, 1, 7, 8, 33, 100})
    void acceptsExactlyTheSignersOwnSignature(int length) {
        SimulatedKeys keys = new SimulatedKeys(RandomSource.XO_RO_SHI_RO_128_PP.create(length));
        Signer alice = keys.newSigner();
        Signer bob = keys.newSigner();
        byte[] message = new byte[length];
        RandomSource.XO_RO_SHI_RO_128_PP.create(99L).nextBytes(message);
        byte[] signature = alice.sign(message);
        assertTrue(keys.verify(alice.publicKey(), message, signature));
        assertFalse(keys.verify(bob.publicKey(), message, signature));
        assertFalse(keys.verify(alice.publicKey(), message, bob.sign(message)));
        for (int bit = 0; bit < 8 * length; bit++) {
            byte[] altered = message.clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(keys.verify(alice.publicKey(), altered, signature), "bit " + bit);
        }
        byte[] longer = Arrays.copyOf(message, length + 1);
        assertFalse(keys.verify(alice.publicKey(), longer, signature));
        for (int bit = 0; bit < 64; bit++) {
            byte[] mangled = signature.clone();
            mangled[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(keys.verify(alice.publicKey(), message, mangled));
        }
        byte[] unknownKey = new byte[8];
        unknownKey[7] = 5;
        assertFalse(keys.verify(unknownKey, message, signature));
        assertFalse(keys.verify(new byte[] {0, 0, 0, 0, 0, 0, 0}, message, signature));
        assertFalse(keys.verify(alice.publicKey(), message, new byte[9]));
    }
}
