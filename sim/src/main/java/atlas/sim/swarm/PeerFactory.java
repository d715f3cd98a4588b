package atlas.sim.swarm;

import atlas.sim.behaviour.SeedingModels;
import atlas.sim.behaviour.SeedingReview;
import atlas.sim.behaviour.SeedingTime;
import atlas.sim.engine.RandomStreams;
import atlas.sim.scenario.ArrivalTrace;
import atlas.sim.scenario.PeerClass;
import atlas.sim.scenario.RateDistribution;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.SeedGroup;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws each arriving peer's class, capacities and staying times. Capacities come from the
 * capacities stream in arrival order and staying times from the peer's own behaviour stream, so
 * neither depends on what any policy does.
 */
final class PeerFactory {
    static final String SEED_CLASS = "seed";

    private final List<PeerClass> classes;
    private final double[] cumulativeShare;
    private final UniformRandomProvider capacities;
    private final RandomStreams streams;
    private final SeedingTime seeding;
    /** The seeding model's periodic decision; null for models decided at completion. */
    final SeedingReview review;
    private final double abortRatePerSecond;
    /** Payload a completed peer uploads before its seeding model's ratio sends it away; MAX_VALUE for none. */
    private final long stopUploadBytes;

    PeerFactory(Scenario scenario, RandomStreams streams) {
        this.classes = scenario.network().classes();
        this.cumulativeShare = new double[classes.size()];
        double sum = 0;
        for (int i = 0; i < classes.size(); i++) {
            sum += classes.get(i).share();
            cumulativeShare[i] = sum;
        }
        this.capacities = streams.stream(RandomStreams.Purpose.CAPACITIES);
        this.streams = streams;
        this.seeding = scenario.behaviour().seeding().create(SeedingModels.REGISTRY);
        this.review = seeding.review();
        this.abortRatePerSecond = scenario.behaviour().abortRatePerSecond();
        double bytes = Math.ceil(seeding.stopRatio() * scenario.content().sizeBytes());
        this.stopUploadBytes = bytes >= Long.MAX_VALUE ? PeerSpec.NEVER : (long) bytes;
    }

    /** The initial seeds of every group, numbered from {@code firstId}. */
    static PeerSpec seed(int id, SeedGroup group) {
        return new PeerSpec(id, SEED_CLASS, true, group.uploadBytesPerSecond(), group.downloadBytesPerSecond(),
                PeerSpec.NEVER, PeerSpec.NEVER, PeerSpec.NEVER, Double.NaN);
    }

    /** An arriving downloader; {@code trace} overrides what it gives, or is null. */
    PeerSpec arrival(int id, ArrivalTrace.Arrival trace) {
        // Every peer draws a class and capacities from the shared stream, whatever the trace says,
        // and a class the trace names draws from the peer's own stream: either way no peer's
        // override moves the draws of the peers after it.
        PeerClass cls = drawClass();
        double up = draw(cls.upload(), capacities);
        double down = draw(cls.download(), capacities);
        if (trace != null && trace.peerClass() != null) {
            UniformRandomProvider own = streams.stream(RandomStreams.Purpose.CAPACITIES, id);
            cls = classNamed(trace.peerClass());
            up = draw(cls.upload(), own);
            down = draw(cls.download(), own);
        }
        if (trace != null && !Double.isNaN(trace.uploadBytesPerSecond())) {
            up = trace.uploadBytesPerSecond();
        }
        if (trace != null && !Double.isNaN(trace.downloadBytesPerSecond())) {
            down = trace.downloadBytesPerSecond();
        }
        UniformRandomProvider behaviour = streams.stream(RandomStreams.Purpose.BEHAVIOUR, id);
        long seedingTime = seeding.drawMicros(behaviour, trace == null ? -1 : trace.seedingMicros());
        long abortAfter = PeerSpec.NEVER;
        if (abortRatePerSecond > 0) {
            UniformRandomProvider abort = streams.stream(RandomStreams.Purpose.ABORT, id);
            double micros = new AhrensDieterExponentialSampler(abort, 1 / abortRatePerSecond).sample() * 1e6;
            // Beyond any run's end it is never: this also keeps arrival time plus it from overflowing.
            abortAfter = micros < PeerSpec.NEVER / 2 ? Math.max(1, Math.round(micros)) : PeerSpec.NEVER;
        }
        // Drawn last, so that the draws before it are those of every other model.
        double threshold = review == null ? Double.NaN : review.drawThreshold(behaviour);
        return new PeerSpec(id, cls.name(), false, up, down, seedingTime, abortAfter, stopUploadBytes, threshold);
    }

    private PeerClass drawClass() {
        double u = capacities.nextDouble() * cumulativeShare[cumulativeShare.length - 1];
        for (int i = 0; i < cumulativeShare.length; i++) {
            if (u < cumulativeShare[i]) {
                return classes.get(i);
            }
        }
        return classes.get(classes.size() - 1);
    }

    private PeerClass classNamed(String name) {
        for (PeerClass c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("the arrival trace names class '" + name + "', which the scenario does not define");
    }

    private static double draw(RateDistribution d, UniformRandomProvider random) {
        if (d instanceof RateDistribution.Fixed f) {
            return f.bytesPerSecond();
        }
        if (d instanceof RateDistribution.Uniform u) {
            return u.min() + random.nextDouble() * (u.max() - u.min());
        }
        if (d instanceof RateDistribution.LogNormal l) {
            double z = ZigguratSampler.NormalizedGaussian.of(random).sample();
            return l.median() * Math.exp(l.sigma() * z);
        }
        throw new IllegalArgumentException("unknown rate distribution " + d);
    }
}
