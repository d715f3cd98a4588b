package atlas.sim.swarm;

import atlas.sim.behaviour.SeedingModels;
import atlas.sim.behaviour.SeedingReview;
import atlas.sim.behaviour.SeedingTime;
import atlas.sim.economics.StandardNormal;
import atlas.sim.engine.RandomStreams;
import atlas.sim.scenario.ArrivalTrace;
import atlas.sim.scenario.Network;
import atlas.sim.scenario.PeerClass;
import atlas.sim.scenario.RateDistribution;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.SeedGroup;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;

/**
 * Draws each arriving peer's class, capacities and staying times, each from a stream of the peer's
 * own, so that none depends on what any policy does. Class and capacities take exactly three
 * uniforms of the peer's capacities stream, by inversion, whatever the classes' shares and rate
 * distributions: changing one class's share or the form of one rate (a sweep over them) moves
 * the draws of no other peer, and a class moves only the peers whose uniform lies where the shares
 * changed.
 */
final class PeerFactory {

    private final List<PeerClass> classes;
    private final double[] cumulativeShare;
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
        this.streams = streams;
        this.seeding = scenario.behaviour().seeding().create(SeedingModels.REGISTRY);
        this.review = seeding.review();
        this.abortRatePerSecond = scenario.behaviour().abortRatePerSecond();
        double bytes = Math.ceil(seeding.stopRatio() * scenario.content().sizeBytes());
        this.stopUploadBytes = bytes >= Long.MAX_VALUE ? PeerSpec.NEVER : (long) bytes;
    }

    /** The initial seeds of every group, numbered from {@code firstId}. */
    static PeerSpec seed(int id, SeedGroup group) {
        return new PeerSpec(id, Network.SEED_CLASS, true, group.uploadBytesPerSecond(), group.downloadBytesPerSecond(),
                PeerSpec.NEVER, PeerSpec.NEVER, PeerSpec.NEVER, Double.NaN);
    }

    /** An arriving downloader; {@code trace} overrides what it gives, or is null. */
    PeerSpec arrival(int id, ArrivalTrace.Arrival trace) {
        UniformRandomProvider own = streams.stream(RandomStreams.Purpose.CAPACITIES, id);
        double classU = own.nextDouble();
        double upU = own.nextDouble();
        double downU = own.nextDouble();
        PeerClass cls = trace != null && trace.peerClass() != null ? classNamed(trace.peerClass()) : classAt(classU);
        double up = rate(cls.upload(), upU);
        double down = rate(cls.download(), downU);
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

    private PeerClass classAt(double u) {
        double share = u * cumulativeShare[cumulativeShare.length - 1];
        for (int i = 0; i < cumulativeShare.length; i++) {
            if (share < cumulativeShare[i]) {
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

    /** The rate at quantile {@code u} of {@code d}. */
    private static double rate(RateDistribution d, double u) {
        if (d instanceof RateDistribution.Fixed f) {
            return f.bytesPerSecond();
        }
        if (d instanceof RateDistribution.Uniform uniform) {
            return uniform.min() + u * (uniform.max() - uniform.min());
        }
        if (d instanceof RateDistribution.LogNormal l) {
            return l.median() * Math.exp(l.sigma() * StandardNormal.fromUniform(u));
        }
        throw new IllegalArgumentException("unknown rate distribution " + d);
    }
}
