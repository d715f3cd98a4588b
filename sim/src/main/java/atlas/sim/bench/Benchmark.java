package atlas.sim.bench;

import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.Scenario;
import atlas.sim.swarm.ProgressListener;
import atlas.sim.swarm.SwarmSimulation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The simulator's speed and memory benchmark: a scenario's flash crowd run at several sizes,
 * several times each, reported as medians (the machine is shared and noisy: a median of a few
 * runs is steadier than any single run, and nothing here is a pass or fail). Besides wall time it
 * reports the CPU time of the thread that ran the simulation, which other processes on a busy
 * machine inflate far less than wall time (only through shared caches and memory bandwidth), so
 * that two builds measured at different moments can still be compared.
 */
public final class Benchmark {

    /**
     * One size's figures. Peak heap is the sum of each heap pool's peak during the run: an upper
     * bound on the live heap at any instant, and what a {@code -Xmx} must allow with some room.
     */
    public record Row(int peers, int runs, double medianWallSeconds, double medianCpuSeconds,
                      double medianEventsPerSecond, long events, long peakHeapBytes, double simulatedSeconds,
                      int completed) {
    }

    private Benchmark() {
    }

    /** {@code base} with its arrivals replaced by a flash crowd of {@code peers}. */
    public static Scenario withFlashCrowd(Scenario base, int peers) {
        return new Scenario(base.name(), base.seed(), base.until(), base.sampleIntervalMicros(), base.content(),
                base.network(), base.seeds(), new Arrivals.FlashCrowd(peers), base.protocol(), base.tracker(),
                base.behaviour(), base.chain(), base.incentives());
    }

    public static Row measure(Scenario base, int peers, int runs, long seed) {
        Scenario scenario = withFlashCrowd(base, peers);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double[] rate = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long peak = 0;
        RunResult last = null;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetHeapPeaks();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            last = new SwarmSimulation(scenario, seed).run(ProgressListener.NONE);
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            wall[i] = (System.nanoTime() - start) / 1e9;
            rate[i] = last.events() / wall[i];
            peak = Math.max(peak, heapPeak());
        }
        int completed = 0;
        for (PeerRecord p : last.peers()) {
            if (!p.initialSeed() && p.completionMicros() >= 0) {
                completed++;
            }
        }
        return new Row(peers, runs, median(wall), median(cpu), median(rate), last.events(), peak,
                last.endMicros() / 1e6, completed);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
