package atlas.sim.swarm;

import atlas.sim.engine.RandomStreams;
import atlas.sim.scenario.LatencyModel;
import java.util.Map;

/**
 * One-way latency between two peers. A pair's latency depends only on the run seed and the two
 * peer ids (never on when or in which order they connect), so every policy sees the same network.
 */
final class LatencyTable {
    private final LatencyModel model;
    private final RandomStreams streams;
    private final long meanForSeeds;

    LatencyTable(LatencyModel model, RandomStreams streams) {
        this.model = model;
        this.streams = streams;
        this.meanForSeeds = model instanceof LatencyModel.PerClassPair p ? mean(p.micros()) : 0;
    }

    long between(Peer a, Peer b) {
        if (model instanceof LatencyModel.Constant c) {
            return c.micros();
        }
        if (model instanceof LatencyModel.Uniform u) {
            long lo = Math.min(a.id, b.id);
            long hi = Math.max(a.id, b.id);
            double x = streams.hashUniform(RandomStreams.Purpose.LATENCY, (hi << 32) ^ lo);
            return u.minMicros() + (long) (x * (u.maxMicros() - u.minMicros()));
        }
        if (model instanceof LatencyModel.PerClassPair p) {
            Map<String, Long> row = p.micros().get(a.peerClass);
            Long value = row == null ? null : row.get(b.peerClass);
            // Only initial seeds, which belong to no class, miss the table (the loader checks every
            // pair of classes is given): they see the table's mean.
            return value != null ? value : meanForSeeds;
        }
        throw new IllegalArgumentException("unknown latency model " + model);
    }

    private static long mean(Map<String, Map<String, Long>> table) {
        long sum = 0;
        int n = 0;
        for (Map<String, Long> row : table.values()) {
            for (long v : row.values()) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
