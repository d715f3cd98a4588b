package atlas.sim.scenario;

import static atlas.sim.scenario.TestScenarios.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards that {@code scenario.resolved.yaml} is complete and faithful: loading it gives an equal
 * scenario, quantities keep their units, and the hash identifies the scenario.
 */
class ScenarioWriterTest {

    static Stream<Path> shippedScenarios() throws IOException {
        return ShippedScenariosTest.shipped().stream();
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void shippedScenariosRoundTrip(Path file) throws ScenarioException {
        Scenario loaded = ScenarioLoader.load(file, TestScenarios.registries());
        String resolved = ScenarioWriter.toResolvedYaml(loaded, Path.of(""));
        Scenario reloaded = ScenarioLoader.parse(resolved, file, TestScenarios.registries());
        assertEquals(loaded, reloaded, resolved);
        assertEquals(resolved, ScenarioWriter.toResolvedYaml(reloaded, Path.of("")), "writing is idempotent");
    }

    @Test
    void everyFormRoundTrips() throws ScenarioException, URISyntaxException {
        String yaml = """
                name: "1e3"
                until: 90 min
                content: { size: 1000001 B, piece: 64 KiB }
                network:
                  latency: { per-class: { "on": { "on": 1 ms, x: 2 ms }, x: { x: 3 ms } } }
                  classes:
                    - { name: "on", share: 0.3, upload: { uniform: [1 Mbit/s, 2.5 MiB/s] }, download: 8 Mbit/s }
                    - { name: x, share: 0.7, upload: { lognormal: { median: 123456 B/s, sigma: 0.25 } }, download: 1 Gbit/s }
                seeds: [ { count: 3, upload: 777 bit/s, download: 1 B/s, leaves: 36 h } ]
                arrivals: { schedule: [ { until: 1 h, rate: 0.1 /s }, { until: 2 h, rate: 0 /h }, { until: 3 h, rate: 7 /d } ] }
                protocol: { choker: { slots: 5, seed: { name: round-robin, quota-bytes: 12345 } } }
                behaviour: { abort: 0.001 /s, seeding: { model: lognormal, median: 1 ms, sigma: 3 } }
                chain:
                  signer: ed25519
                  max-block-size: 1000001 B
                  bandwidth-price: 0.000001 TRX/B
                  account-creation-fee: 1.000001 TRX
                  missed-slot-probability: 0.1
                  genesis:
                    supply: 1234567.891 BTT
                    precision: 3
                    allocation: [ { category: a, share: 0.3333333333 }, { category: b, share: 0.3333333333 },
                                  { category: c, share: 0.3333333334 } ]
                """;
        Scenario loaded = parse(yaml);
        String resolved = ScenarioWriter.toResolvedYaml(loaded, Path.of(""));
        assertEquals(loaded, parse(resolved), resolved);
        Scenario poisson = parse(TestScenarios.MINIMAL.replace("{ flash-crowd: { peers: 10 } }",
                "{ poisson: { rate: 3 /h, max-peers: 7 } }"));
        assertEquals(poisson, parse(ScenarioWriter.toResolvedYaml(poisson, Path.of(""))));
        Path traceScenario = ScenarioProblemsTest.resource("trace-scenario.yaml");
        Scenario trace = ScenarioLoader.load(traceScenario, TestScenarios.registries());
        // Written for a results folder elsewhere, the trace's path is relative to that folder.
        Path results = Path.of("target", "results", "run");
        String written = ScenarioWriter.toResolvedYaml(trace, results);
        String tracePath = ((Arrivals.Trace) trace.arrivals()).file().toString();
        assertTrue(!written.contains(tracePath) && written.contains("../"), written);
        assertEquals(trace, ScenarioLoader.parse(written, results.resolve("scenario.resolved.yaml"),
                TestScenarios.registries()), "read from there, it names the same file");
    }

    @Test
    void resolvedYamlWritesEveryDefaultWithUnits() throws ScenarioException {
        String resolved = ScenarioWriter.toResolvedYaml(parse(TestScenarios.MINIMAL), Path.of(""));
        for (String line : new String[] {"sample-interval: 10 s", "    limit: 30 d", "  size: 20 MiB",
            "  piece: 256 KiB", "    constant: 50 ms", "      upload: 1 Mbit/s", "    leaves: never",
            "  block: 16 KiB", "  request-timeout: 1 min", "  announce-interval: 30 min", "  abort: 0 /h",
            "  seeding: leave-at-once", "    random-first-pieces: 4", "  signer: simulated",
            "  max-block-size: 2 MB", "  bandwidth-price: 1000 sun/B", "  account-creation-bandwidth-fee: 100000 sun",
            "  missed-slot-probability: 0", "    supply: 990000000000 BTT", "    trx-per-account: 10000 TRX",
            "      - category: public-sale", "        share: 0.06"}) {
            assertTrue(resolved.lines().anyMatch(line::equals), () -> "no line '" + line + "' in\n" + resolved);
        }
    }

    @Test
    void hashIsTheSha256OfTheResolvedTextAndSeesEveryChange() throws ScenarioException {
        Scenario s = parse(TestScenarios.MINIMAL);
        assertEquals(64, ScenarioWriter.hash(s).length());
        assertEquals(ScenarioWriter.hash(s), ScenarioWriter.hash(parse(TestScenarios.MINIMAL + "seed: 1\n")),
                "writing a default explicitly is the same scenario");
        assertNotEquals(ScenarioWriter.hash(s), ScenarioWriter.hash(s.withSeed(2)));
        assertNotEquals(ScenarioWriter.hash(s), ScenarioWriter.hash(parse(TestScenarios.MINIMAL + "tracker: { max-connections: 81 }\n")));
        assertNotEquals(ScenarioWriter.hash(s), ScenarioWriter.hash(parse(TestScenarios.MINIMAL + "chain: { signer: ed25519 }\n")));
    }

    @Test
    void resolvedFileOfAShippedScenarioIsStable() throws ScenarioException {
        Path file = ShippedScenariosTest.directory().resolve("flash-crowd.yaml");
        String resolved = ScenarioWriter.toResolvedYaml(ScenarioLoader.load(file, TestScenarios.registries()), Path.of(""));
        assertTrue(resolved.startsWith("""
                name: flash-crowd
                seed: 42
                until:
                  all-complete:
                    limit: 30 d
                sample-interval: 10 s
                content:
                  size: 100 MiB
                  piece: 256 KiB
                network:
                  latency:
                    uniform: [10 ms, 400 ms]
                  classes:
                    - name: dsl
                      share: 0.5
                """), resolved);
    }
}
