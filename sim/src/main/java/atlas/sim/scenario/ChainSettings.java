package atlas.sim.scenario;

import atlas.sim.chain.ChainParameters;
import atlas.sim.chain.GenesisAllocation;
import atlas.sim.chain.SignatureScheme;
import java.util.Locale;
import java.util.Objects;

/**
 * The scenario's mock Tron chain (issue 4): its rules, the BTT issued at genesis and who holds it,
 * and the signature scheme of every key. Defaults: mainnet's rules ({@link ChainParameters#defaults()}),
 * the white paper's allocation ({@link GenesisAllocation#defaults()}) and simulated keys.
 */
public record ChainSettings(ChainParameters parameters, GenesisAllocation genesis, SignatureScheme signer) {

    public ChainSettings {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(genesis, "genesis");
        Objects.requireNonNull(signer, "signer");
    }

    /** The chain of a scenario without a {@code chain} section. */
    public static ChainSettings defaults() {
        return new ChainSettings(ChainParameters.defaults(), GenesisAllocation.defaults(), SignatureScheme.SIMULATED);
    }

    /** How the scenario names a scheme: {@code simulated}, {@code ed25519}. */
    static String yamlName(SignatureScheme scheme) {
        return scheme.name().toLowerCase(Locale.ROOT);
    }
}
