package atlas.sim.swarm;

import atlas.protocols.choke.Chokers;
import atlas.protocols.piece.Endgame;
import atlas.protocols.piece.PiecePickers;
import atlas.sim.behaviour.SeedingModels;
import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.Behaviour;
import atlas.sim.scenario.ChainSettings;
import atlas.sim.scenario.Content;
import atlas.sim.scenario.LatencyModel;
import atlas.sim.scenario.Network;
import atlas.sim.scenario.PeerClass;
import atlas.sim.scenario.PolicyChoice;
import atlas.sim.scenario.ProtocolSettings;
import atlas.sim.scenario.RateDistribution;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.SeedGroup;
import atlas.sim.scenario.TrackerSettings;
import atlas.sim.scenario.Until;
import java.util.ArrayList;
import java.util.List;

/** A builder of small scenarios for swarm tests, with defaults a test overrides by name. */
final class TestScenario {
    static final double MBIT = 1e6 / 8;
    private static final long SECOND = 1_000_000L;

    private long contentBytes = 4L << 20;
    private int pieceBytes = 256 << 10;
    private int blockBytes = 16 << 10;
    private final List<PeerClass> classes = new ArrayList<>();
    private final List<SeedGroup> seeds = new ArrayList<>();
    private Arrivals arrivals = new Arrivals.FlashCrowd(30);
    private Until until = new Until.AllComplete(10 * 24 * 3600 * SECOND);
    private String picker = "rarest-first";
    private String leecherChoker = "mainline";
    private String seedChoker = "mainline-seed";
    private PolicyChoice seeding = choice(SeedingModels.REGISTRY.find("leave-at-once").orElseThrow().name(),
            SeedingModels.REGISTRY.find("leave-at-once").orElseThrow().defaults());
    private double abortRate;
    private LatencyModel latency = new LatencyModel.Uniform(10_000, 100_000);
    private long sampleMicros = 10 * SECOND;

    static TestScenario flashCrowd(int peers) {
        return new TestScenario().arrivals(new Arrivals.FlashCrowd(peers));
    }

    TestScenario content(long bytes, int piece) {
        this.contentBytes = bytes;
        this.pieceBytes = piece;
        return this;
    }

    TestScenario block(int bytes) {
        this.blockBytes = bytes;
        return this;
    }

    TestScenario peerClass(PeerClass peerClass) {
        classes.add(peerClass);
        return this;
    }

    TestScenario peerClass(String name, double share, double upMbit, double downMbit) {
        classes.add(new PeerClass(name, share, new RateDistribution.Fixed(upMbit * MBIT), new RateDistribution.Fixed(downMbit * MBIT)));
        return this;
    }

    TestScenario seed(int count, double upMbit, long leavesAtMicros) {
        seeds.add(new SeedGroup(count, upMbit * MBIT, upMbit * MBIT, leavesAtMicros));
        return this;
    }

    TestScenario arrivals(Arrivals a) {
        this.arrivals = a;
        return this;
    }

    TestScenario until(Until u) {
        this.until = u;
        return this;
    }

    TestScenario picker(String name) {
        this.picker = name;
        return this;
    }

    TestScenario seeding(String model) {
        this.seeding = choice(model, SeedingModels.REGISTRY.find(model).orElseThrow().defaults());
        return this;
    }

    TestScenario seeding(PolicyChoice choice) {
        this.seeding = choice;
        return this;
    }

    TestScenario abortRate(double perSecond) {
        this.abortRate = perSecond;
        return this;
    }

    TestScenario sampleEvery(long micros) {
        this.sampleMicros = micros;
        return this;
    }

    TestScenario latency(LatencyModel model) {
        this.latency = model;
        return this;
    }

    Scenario build() {
        List<PeerClass> cls = classes.isEmpty()
                ? List.of(new PeerClass("cable", 1.0, new RateDistribution.Fixed(2 * MBIT), new RateDistribution.Fixed(20 * MBIT)))
                : classes;
        List<SeedGroup> sd = seeds.isEmpty() ? List.of(new SeedGroup(1, 4 * MBIT, 4 * MBIT, SeedGroup.NEVER)) : seeds;
        ProtocolSettings protocol = new ProtocolSettings(
                choice(picker, PiecePickers.REGISTRY.find(picker).orElseThrow().defaults()),
                choice(leecherChoker, Chokers.LEECHER.find(leecherChoker).orElseThrow().defaults()),
                choice(seedChoker, Chokers.SEED.find(seedChoker).orElseThrow().defaults()),
                4, blockBytes, 5, 4 * SECOND, 50, 60 * SECOND, Endgame.MAINLINE);
        return new Scenario("test", 1, until, sampleMicros, new Content(contentBytes, pieceBytes),
                new Network(latency, cls), sd, arrivals, protocol,
                new TrackerSettings(50, 20, 1800 * SECOND, 80, 600 * SECOND), new Behaviour(abortRate, seeding), ChainSettings.defaults());
    }

    private static PolicyChoice choice(String name, Record params) {
        return new PolicyChoice(name, params);
    }
}
