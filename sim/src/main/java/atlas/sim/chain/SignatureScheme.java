package atlas.sim.chain;

import atlas.protocols.chain.Ed25519Signer;
import atlas.protocols.chain.Ed25519Verifier;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Verifier;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The signature scheme a scenario chooses (issue 4): both accept and reject exactly the same
 * channel updates and transactions, so the choice changes speed, not outcomes. Keys are drawn
 * from the caller's generator, so a seeded run creates the same keys.
 */
public enum SignatureScheme {

    /** {@link SimulatedKeys}: a keyed 64-bit MAC, millions of updates per second, for large runs. */
    SIMULATED {
        @Override
        public Keys newKeys(UniformRandomProvider random) {
            return new SimulatedKeys(random);
        }
    },

    /** The JDK's Ed25519 (RFC 8032), what a real client signs with; about a thousand updates per second. */
    ED25519 {
        @Override
        public Keys newKeys(UniformRandomProvider random) {
            return new Ed25519Keys(random, new Ed25519Verifier());
        }
    };

    /** A fresh, empty set of keys of this scheme drawing from {@code random}. */
    public abstract Keys newKeys(UniformRandomProvider random);

    /** Ed25519 keys generated on demand; the verifier needs no registry. */
    private record Ed25519Keys(UniformRandomProvider random, Verifier verifier) implements Keys {
        @Override
        public Signer newSigner() {
            return Ed25519Signer.generate(random);
        }
    }
}
