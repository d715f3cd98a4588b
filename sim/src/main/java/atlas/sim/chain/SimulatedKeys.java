package atlas.sim.chain;

import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Verifier;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fast stand-in for Ed25519 in large simulations: a registry of simulated keys, each a random
 * 64-bit secret, that verifies signatures as a keyed 64-bit MAC of the message. It accepts and
 * rejects exactly as a real scheme would for simulated actors: a signature made with the right key
 * over the same bytes passes; an altered message, another key's signature or a made-up one fails
 * (a guess passes with probability 2^-64). It is not cryptography: anyone holding this registry
 * could forge, which no simulated peer does.
 *
 * <p>A public key is the 8-byte big-endian index of its secret here; a signature is the 8-byte MAC.
 * The MAC is a Merkle-Damgard chain of the murmur3 64-bit finaliser keyed with the secret: fast,
 * and every message bit and secret bit affects every output bit. Not thread-safe.
 */
public final class SimulatedKeys implements Verifier, Keys {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int BYTES = 8;

    private final UniformRandomProvider random;
    private long[] secrets = new long[16];
    private int count;

    /** An empty registry drawing secrets from {@code random}. */
    public SimulatedKeys(UniformRandomProvider random) {
        this.random = random;
    }

    /** Registers a new key and returns its signer. */
    @Override
    public Signer newSigner() {
        if (count == secrets.length) {
            secrets = Arrays.copyOf(secrets, 2 * count);
        }
        long secret = random.nextLong();
        secrets[count] = secret;
        return new SimulatedSigner(count++, secret);
    }

    /** This registry: it verifies by recomputing the MAC with the key's secret. */
    @Override
    public Verifier verifier() {
        return this;
    }

    @Override
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey.length != BYTES || signature.length != BYTES) {
            return false;
        }
        long index = (long) LONGS.get(publicKey, 0);
        if (index < 0 || index >= count) {
            return false;
        }
        return mac(secrets[(int) index], message) == (long) LONGS.get(signature, 0);
    }

    static long mac(long secret, byte[] message) {
        long h = secret ^ (message.length * 0x9E3779B97F4A7C15L);
        int i = 0;
        for (; i + BYTES <= message.length; i += BYTES) {
            h = mix(h ^ (long) LONGS.get(message, i));
        }
        long tail = 0;
        for (; i < message.length; i++) {
            tail = (tail << 8) | (message[i] & 0xFF);
        }
        return mix(mix(h ^ tail) ^ secret);
    }

    /** murmur3's fmix64: a bijection with full avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** One registered key: signs with its secret. */
    private static final class SimulatedSigner implements Signer {
        private final byte[] publicKey = new byte[BYTES];
        private final long secret;

        SimulatedSigner(long index, long secret) {
            LONGS.set(publicKey, 0, index);
            this.secret = secret;
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public byte[] sign(byte[] message) {
            byte[] signature = new byte[BYTES];
            LONGS.set(signature, 0, mac(secret, message));
            return signature;
        }
    }
}
