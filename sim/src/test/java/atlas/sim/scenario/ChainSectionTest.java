package atlas.sim.scenario;

import static atlas.sim.scenario.TestScenarios.MINIMAL;
import static atlas.sim.scenario.TestScenarios.assertProblem;
import static atlas.sim.scenario.TestScenarios.at;
import static atlas.sim.scenario.TestScenarios.parse;
import static atlas.sim.scenario.TestScenarios.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Signer;
import atlas.sim.chain.ChainParameters;
import atlas.sim.chain.GenesisAllocation;
import atlas.sim.chain.Keys;
import atlas.sim.chain.SignatureScheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards that the scenario's {@code chain} section reaches the mock chain as written, with
 * mainnet's defaults where it is silent, and that every value the chain would refuse is a problem
 * at its own line and key rather than an exception.
 */
class ChainSectionTest {

    private static final String EVERY_KEY = MINIMAL + """
            chain:
              signer: ed25519
              block-interval: 1.5 s
              representatives: 5
              solidification-blocks: 4
              max-block-size: 1 MB
              max-transaction-size: 100 kB
              expiration: 2 min
              max-expiration: 12 h
              result-size: 0 B
              free-bandwidth: 5000 B
              bandwidth-price: 0.00042 TRX/B
              account-creation-fee: 2.5 TRX
              account-creation-bandwidth-fee: 7 sun
              missed-slot-probability: 0.05
              challenge-window: 10 min
              genesis:
                supply: 1000.5 BTT
                precision: 2
                trx-per-account: 0 TRX
                allocation:
                  - { category: alice, share: 0.25 }
                  - { category: bob, share: 0.75 }
            """;

    @Test
    void absentSectionIsMainnetWithTheWhitePapersAllocationAndSimulatedKeys() throws ScenarioException {
        ChainSettings chain = parse(MINIMAL).chain();
        assertEquals(ChainParameters.defaults(), chain.parameters());
        assertEquals(GenesisAllocation.defaults(), chain.genesis());
        assertEquals(SignatureScheme.SIMULATED, chain.signer());
        assertEquals(chain, parse(MINIMAL + "chain:\n").chain(), "an empty section is the defaults too");
        assertEquals(chain, parse(MINIMAL + "chain: { genesis: {} }\n").chain());
    }

    @Test
    void everyKeyReachesTheChain() throws ScenarioException {
        ChainSettings chain = parse(EVERY_KEY).chain();
        assertEquals(new ChainParameters(1_500_000, 5, 4, 1_000_000, 100_000, 120_000_000, 43_200_000_000L, 0, 5000,
                420, 2_500_000, 7, 0.05, 600_000_000), chain.parameters());
        assertEquals(new GenesisAllocation(GenesisAllocation.BTT_ASSET_ID, 2, 100_050, List.of(
                new GenesisAllocation.Line("alice", 25_013), new GenesisAllocation.Line("bob", 75_037)), 0),
                chain.genesis());
        assertEquals(SignatureScheme.ED25519, chain.signer());
    }

    @ParameterizedTest
    @CsvSource({"simulated, 8", "ed25519, 32"})
    void chosenSignerMakesKeysOfThatScheme(String name, int publicKeyBytes) throws ScenarioException {
        Keys keys = parse(MINIMAL + "chain: { signer: " + name + " }\n").chain().signer()
                .newKeys(RandomSource.XO_RO_SHI_RO_128_PP.create(3));
        Signer payer = keys.newSigner();
        Signer other = keys.newSigner();
        byte[] update = "channel 7 pays 10 BTT".getBytes(StandardCharsets.UTF_8);
        byte[] signature = payer.sign(update);
        assertEquals(publicKeyBytes, payer.publicKey().length);
        assertTrue(keys.verifier().verify(payer.publicKey(), update, signature));
        assertFalse(keys.verifier().verify(other.publicKey(), update, signature), "another key's signature");
        update[0] ^= 1;
        assertFalse(keys.verifier().verify(payer.publicKey(), update, signature), "an altered update");
    }

    @Test
    void defaultAllocationFollowsAnotherSupplyAndPrecision() throws ScenarioException {
        GenesisAllocation genesis = parse(MINIMAL + "chain: { genesis: { precision: 0, supply: 1000 BTT } }\n")
                .chain().genesis();
        List<Long> amounts = genesis.lines().stream().map(GenesisAllocation.Line::amount).toList();
        assertEquals(List.of(60L, 101L, 90L, 20L, 109L, 100L, 190L, 190L, 140L), amounts);
        assertEquals(990_000_000_000L, parse(MINIMAL + "chain: { genesis: { precision: 0 } }\n")
                .chain().genesis().totalSupply(), "the default supply is 990e9 BTT at any precision");
    }

    @Test
    void badValuesAreProblemsAtTheirLineAndKey() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                chain:
                  signer: ed2551
                  account-creation-fee: 1
                  account-creation-bandwidth-fee: -1 TRX
                  missed-slot-probability: 1
                  bandwidth-price: 1000 sun
                  free-bandwidth: -1 B
                  block-interval: 0 s
                  representatives: 0
                  colour: blue
                  genesis:
                    trx-per-account: 5 BTT
                    allocation:
                      - { category: team, share: 0.5 }
                      - { category: others, share: 0.4 }
                """);
        assertProblem(at(problems, "chain.signer"), 8, "unknown signer 'ed2551'", "did you mean 'ed25519'?",
                "simulated, ed25519");
        assertProblem(at(problems, "chain.account-creation-fee"), 9, "'1' needs a unit", "TRX, sun");
        assertProblem(at(problems, "chain.account-creation-bandwidth-fee"), 10, "must not be negative");
        assertProblem(at(problems, "chain.missed-slot-probability"), 11, "must be below 1");
        assertProblem(at(problems, "chain.bandwidth-price"), 12, "unknown TRX price per byte unit 'sun'",
                "TRX/B, sun/B");
        assertProblem(at(problems, "chain.free-bandwidth"), 13, "must not be negative");
        assertProblem(at(problems, "chain.block-interval"), 14, "greater than 0");
        assertProblem(at(problems, "chain.representatives"), 15, "from 1 to");
        assertProblem(at(problems, "chain.colour"), 16, "unknown key 'colour'", "valid keys here: signer,");
        assertProblem(at(problems, "chain.genesis.trx-per-account"), 18, "unknown TRX amount unit 'BTT'");
        assertProblem(at(problems, "chain.genesis.allocation"), 19, "shares sum to 0.9", "must sum to 1");
        assertEquals(11, problems.size(), problems.toString());
    }

    @Test
    void inconsistentOrOutOfRangeChainRulesAreProblems() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                chain:
                  max-transaction-size: 3 MB
                  expiration: 2 d
                  result-size: 4 GiB
                  missed-slot-probability: -0.1
                """);
        assertProblem(at(problems, "chain.max-transaction-size"), 8, "max-block-size (2 MB) must be at least"
                + " max-transaction-size (3 MB)");
        assertProblem(at(problems, "chain.expiration"), 9, "max-expiration (1 d) must be at least expiration (2 d)");
        assertProblem(at(problems, "chain.result-size"), 10, "at most");
        assertProblem(at(problems, "chain.missed-slot-probability"), 11, ">= 0");
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void badGenesisValuesAreProblems() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                chain:
                  genesis:
                    precision: 0
                    supply: 0.5 BTT
                    allocation:
                      - { category: team, share: 1.5 }
                      - { category: team, share: 0 }
                      - { category: x, share: 1 TRX }
                """);
        assertProblem(at(problems, "chain.genesis.supply"), 10, "not a whole number of base units at precision 0");
        assertProblem(at(problems, "chain.genesis.allocation[0].share"), 12, "fraction from 0 to 1");
        assertProblem(at(problems, "chain.genesis.allocation[1].category"), 13, "'team' is listed twice");
        assertProblem(at(problems, "chain.genesis.allocation[2].share"), 14, "expected a fraction");
        assertEquals(4, problems.size(), problems.toString());
        List<ScenarioProblem> precision = problems(MINIMAL + "chain: { genesis: { precision: 7, supply: 1 } }\n");
        assertProblem(at(precision, "chain.genesis.precision"), 7, "0 to 6 decimal places, not 7");
        assertEquals(1, precision.size(), "the supply's unit is unknown without a precision: " + precision);
        List<ScenarioProblem> bare = problems(MINIMAL + "chain: { genesis: { supply: 1000 } }\n");
        assertProblem(at(bare, "chain.genesis.supply"), 7, "'1000' needs a unit", "'10 BTT'");
        List<ScenarioProblem> empty = problems(MINIMAL + "chain: { genesis: { allocation: [] } }\n");
        assertProblem(at(empty, "chain.genesis.allocation"), 7, "non-empty list");
    }

    @Test
    void sweepOverridesReachChainKeys() throws ScenarioException {
        String scenario = MINIMAL + """
                chain:
                  genesis:
                    allocation:
                      - { category: a, share: 0.5 }
                      - { category: b, share: 0.5 }
                """;
        List<ScenarioOverride> overrides = new ArrayList<>();
        overrides.add(override("chain.missed-slot-probability", "0.25", YamlNode.ScalarType.FLOAT));
        overrides.add(override("chain.signer", "ed25519", YamlNode.ScalarType.STRING));
        overrides.add(override("chain.genesis.allocation.0.share", "0.1", YamlNode.ScalarType.FLOAT));
        overrides.add(override("chain.genesis.allocation.1.share", "0.9", YamlNode.ScalarType.FLOAT));
        ChainSettings chain = ScenarioLoader.parse(scenario, TestScenarios.ORIGIN, TestScenarios.registries(),
                overrides).chain();
        assertEquals(0.25, chain.parameters().missedSlotProbability());
        assertEquals(SignatureScheme.ED25519, chain.signer());
        long supply = chain.genesis().totalSupply();
        assertEquals(List.of(new GenesisAllocation.Line("a", supply / 10), new GenesisAllocation.Line("b", supply / 10 * 9)),
                chain.genesis().lines());
        overrides.set(3, override("chain.genesis.allocation.1.share", "0.5", YamlNode.ScalarType.FLOAT));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(scenario, TestScenarios.ORIGIN, TestScenarios.registries(), overrides));
        assertTrue(e.problems().get(0).message().contains("sum to 0.6"), e.problems().toString());
    }

    private static ScenarioOverride override(String parameter, String text, YamlNode.ScalarType type) {
        return new ScenarioOverride(parameter, new YamlNode.Scalar("", 3, text, type), "sweep.yaml", 3);
    }
}
