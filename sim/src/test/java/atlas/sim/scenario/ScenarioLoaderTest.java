package atlas.sim.scenario;

import static atlas.sim.scenario.TestScenarios.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import atlas.protocols.choke.MainlineChokerParams;
import atlas.protocols.choke.MainlineSeedChokerParams;
import atlas.protocols.piece.Endgame;
import atlas.protocols.piece.RarestFirstPicker;
import atlas.sim.behaviour.ExponentialSeeding;
import atlas.sim.behaviour.LogNormalSeeding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Guards that valid scenario files load into exactly the values they say, with the documented defaults. */
class ScenarioLoaderTest {

    @Test
    void minimalScenarioGetsEveryDefault() throws ScenarioException {
        Scenario s = parse(TestScenarios.MINIMAL);
        assertEquals("inline", s.name());
        assertEquals(1, s.seed());
        assertEquals(new Until.AllComplete(30L * 86_400_000_000L), s.until());
        assertEquals(10_000_000, s.sampleIntervalMicros());
        assertEquals(new Content(20L << 20, 256 << 10), s.content());
        assertEquals(80, s.content().pieceCount());
        assertEquals(30L * 86_400_000_000L, s.endMicros());
        assertEquals(new LatencyModel.Constant(50_000), s.network().latency());
        assertEquals(List.of(new PeerClass("dsl", 1, new RateDistribution.Fixed(125_000),
                new RateDistribution.Fixed(1_000_000))), s.network().classes());
        assertEquals(List.of(new SeedGroup(1, 1_250_000, 1_250_000, SeedGroup.NEVER)), s.seeds());
        assertEquals(new Arrivals.FlashCrowd(10), s.arrivals());
        ProtocolSettings p = s.protocol();
        assertEquals(new PolicyChoice("rarest-first", RarestFirstPicker.Params.defaults()), p.picker());
        assertEquals(new PolicyChoice("mainline", MainlineChokerParams.DEFAULTS), p.leecherChoker());
        assertEquals(new PolicyChoice("mainline-seed", MainlineSeedChokerParams.DEFAULTS), p.seedChoker());
        assertEquals(4, p.uploadSlots());
        assertEquals(16 << 10, p.blockBytes());
        assertEquals(5, p.pipelineDepth());
        assertEquals(60_000_000, p.requestTimeoutMicros());
        assertEquals(new TrackerSettings(50, 20, 1_800_000_000L, 80, 600_000_000L), s.tracker());
        assertEquals(0.0, s.behaviour().abortRatePerSecond());
        assertEquals("leave-at-once", s.behaviour().seeding().name());
    }

    /** The file name stands in for a missing name, made valid, so the resolved scenario that writes it loads again. */
    @Test
    void aNameTakenFromTheFileIsAValidName() throws ScenarioException {
        assertEquals("my-scen-1", ScenarioLoader.parse(TestScenarios.MINIMAL, Path.of("runs/my scen+1.yaml")).name());
        assertEquals("scenario-x", ScenarioLoader.parse(TestScenarios.MINIMAL, Path.of("-x.yml")).name());
    }

    @Test
    void readsEveryAlternativeForm() throws ScenarioException {
        Scenario s = parse("""
                name: every-form
                seed: -5
                until: 6 h
                sample-interval: 1 min
                content: { size: 1 GB, piece: 1 MiB }
                network:
                  latency: { uniform: [10 ms, 400 ms] }
                  classes:
                    - { name: a, share: 0.25, upload: { uniform: [1 Mbit/s, 5 Mbit/s] }, download: 8 Mbit/s }
                    - name: b
                      share: 0.75
                      upload: { lognormal: { median: 2 MiB/s, sigma: 0.5 } }
                      download: 100 kB/s
                seeds:
                  - { count: 2, upload: 10 Mbit/s, download: 1 Mbit/s, leaves: 2 h }
                  - { upload: 1 Gbit/s, leaves: never }
                arrivals: { poisson: { rate: 10 /min, max-peers: 500, until: 3 h } }
                protocol:
                  picker: random
                  choker: { leecher: { name: mainline, optimistic-rounds: 2 }, seed: round-robin, slots: 6 }
                  block: 32 KiB
                  pipeline: 10
                  request-timeout: 30 s
                  endgame: libtorrent
                tracker: { peers-per-announce: 30, reannounce-below: 10, announce-interval: 15 min, max-connections: 40,
                           idle-timeout: 0 s }
                behaviour:
                  abort: 0.5 /h
                  seeding: { model: lognormal, median: 20 min }
                """);
        assertEquals("every-form", s.name());
        assertEquals(-5, s.seed());
        assertEquals(new Until.Duration(6 * 3_600_000_000L), s.until());
        assertEquals(new Content(1_000_000_000L, 1 << 20), s.content());
        assertEquals(954, s.content().pieceCount(), "a shorter last piece counts");
        assertEquals(6 * 3_600_000_000L, s.endMicros());
        assertEquals(new LatencyModel.Uniform(10_000, 400_000), s.network().latency());
        assertEquals(new RateDistribution.Uniform(125_000, 625_000), s.network().classes().get(0).upload());
        assertEquals(new RateDistribution.LogNormal(2 << 20, 0.5), s.network().classes().get(1).upload());
        assertEquals(new RateDistribution.Fixed(100_000), s.network().classes().get(1).download());
        assertEquals(List.of(new SeedGroup(2, 1_250_000, 125_000, 2 * 3_600_000_000L),
                new SeedGroup(1, 125_000_000, 125_000_000, SeedGroup.NEVER)), s.seeds());
        assertEquals(new Arrivals.Poisson(10 / 60.0, 500, 3 * 3_600_000_000L), s.arrivals());
        assertEquals("random", s.protocol().picker().name());
        MainlineChokerParams leecher = (MainlineChokerParams) s.protocol().leecherChoker().params();
        assertEquals(2, leecher.optimisticRounds());
        assertEquals(6, leecher.slots(), "the shared slots are the chokers' default");
        assertEquals("round-robin", s.protocol().seedChoker().name());
        assertEquals(new ProtocolSettings(s.protocol().picker(), s.protocol().leecherChoker(),
                s.protocol().seedChoker(), 6, 32 << 10, 10, 4_000_000, 50, 30_000_000, Endgame.LIBTORRENT), s.protocol());
        assertEquals(new TrackerSettings(30, 10, 900_000_000L, 40, 0), s.tracker());
        assertEquals(0.5 / 3600, s.behaviour().abortRatePerSecond(), 1e-18);
        assertEquals(new PolicyChoice("lognormal", new LogNormalSeeding.Params(Duration.ofMinutes(20), 1.0)),
                s.behaviour().seeding());
    }

    @Test
    void chokerSlotsParameterOverridesTheSharedSlots() throws ScenarioException {
        Scenario s = parse(TestScenarios.MINIMAL + """
                protocol: { choker: { slots: 3, seed: { name: mainline-seed, slots: 7 } } }
                """);
        assertEquals(3, ((MainlineChokerParams) s.protocol().leecherChoker().params()).slots());
        assertEquals(7, ((MainlineSeedChokerParams) s.protocol().seedChoker().params()).slots());
        assertEquals(3, s.protocol().uploadSlots());
    }

    @Test
    void untilFormsAndPoissonDefaultsToTheRunEnd() throws ScenarioException {
        String poisson = TestScenarios.MINIMAL.replace("{ flash-crowd: { peers: 10 } }", "{ poisson: { rate: 2 /h } }");
        Scenario limited = parse(poisson + "until: { all-complete: { limit: 10 d } }\n");
        assertEquals(new Until.AllComplete(10 * 86_400_000_000L), limited.until());
        assertEquals(new Arrivals.Poisson(2 / 3600.0, Integer.MAX_VALUE, 10 * 86_400_000_000L), limited.arrivals());
        Scenario fixed = parse(poisson + "until: 90 min\n");
        assertEquals(90 * 60_000_000L, ((Arrivals.Poisson) fixed.arrivals()).untilMicros());
        assertEquals(new Until.AllComplete(30 * 86_400_000_000L), parse(TestScenarios.MINIMAL + "until: all-complete\n").until());
    }

    @Test
    void scheduleSegmentsMayPause() throws ScenarioException {
        Scenario s = parse(TestScenarios.MINIMAL.replace("{ flash-crowd: { peers: 10 } }", """

                  schedule:
                    - { until: 1 h, rate: 20 /min }
                    - { until: 2 h, rate: 0 /h }
                    - { until: 3 h, rate: 1 /s }
                """));
        assertEquals(new Arrivals.Schedule(List.of(new Arrivals.Segment(3_600_000_000L, 20 / 60.0),
                new Arrivals.Segment(7_200_000_000L, 0), new Arrivals.Segment(10_800_000_000L, 1))), s.arrivals());
    }

    @Test
    void perClassLatencyIsCompletedSymmetrically() throws ScenarioException {
        Scenario s = parse("""
                content: { size: 20 MiB }
                network:
                  latency:
                    per-class:
                      dsl: { dsl: 80 ms, cable: 60 ms }
                      cable: { cable: 40 ms, dsl: 60 ms }
                  classes:
                    - { name: dsl, share: 0.5, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: cable, share: 0.5, upload: 5 Mbit/s, download: 50 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 10 } }
                """);
        assertEquals(new LatencyModel.PerClassPair(Map.of("dsl", Map.of("dsl", 80_000L, "cable", 60_000L),
                "cable", Map.of("dsl", 60_000L, "cable", 40_000L))), s.network().latency());
    }

    @Test
    void seedingModelParametersBindWithDefaults() throws ScenarioException {
        Scenario s = parse(TestScenarios.MINIMAL + "behaviour: { seeding: { model: exponential } }\n");
        assertEquals(new PolicyChoice("exponential", new ExponentialSeeding.Params(Duration.ofMinutes(30))),
                s.behaviour().seeding());
    }

    @Test
    void sharesMaySumToOneWithinRoundingError() throws ScenarioException {
        Scenario s = parse("""
                content: { size: 20 MiB }
                network:
                  classes:
                    - { name: a, share: 0.1, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: b, share: 0.2, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: c, share: 0.7, upload: 1 Mbit/s, download: 8 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 10 } }
                """);
        assertEquals(3, s.network().classes().size());
    }

    @Test
    void withSeedChangesOnlyTheSeed() throws ScenarioException {
        Scenario s = parse(TestScenarios.MINIMAL);
        Scenario reseeded = s.withSeed(99);
        assertEquals(99, reseeded.seed());
        assertEquals(s, reseeded.withSeed(s.seed()));
        assertInstanceOf(Until.AllComplete.class, reseeded.until());
    }
}
