package atlas.sim.chain;

import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Verifier;

/**
 * The keys of one simulation under one signature scheme: new signers for simulated actors, and
 * the verifier that the chain and channel counterparties check their signatures with. Made by
 * {@link SignatureScheme#newKeys}.
 */
public interface Keys {

    /** A new key pair. */
    Signer newSigner();

    /** Checks signatures made by this source's signers. */
    Verifier verifier();
}
