package atlas.sim.sweep;

import java.nio.charset.StandardCharsets;

/**
 * The seeds of a sweep's or a comparison's runs. Replicate r of every point, and of every policy
 * compared, runs on the same seed, a function of the master seed and r alone: common random
 * numbers, so that two points differ by their parameters and not by who arrived when with what
 * capacity, and so that adding points or replicates leaves the seeds of the other runs as they
 * were. {@code seed(master, r) = mix(master XOR mix(r))} and, for other named streams of a
 * sweep (its sampled design), {@code derive(master, name) = mix(master XOR mix(fnv1a64(name)))},
 * fnv1a64 being the 64-bit FNV-1a hash of the name's UTF-8 bytes and mix SplitMix64's output
 * function after adding the golden gamma 0x9e3779b97f4a7c15 (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014). Mixing twice keeps neighbouring
 * replicates, and master seeds that differ in one bit, far apart.
 */
public final class RunSeeds {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private RunSeeds() {
    }

    /** The seed of replicate {@code replicate} (from 0) under master seed {@code master}. */
    public static long replicate(long master, int replicate) {
        return mix(master ^ mix(replicate));
    }

    /** The seed of the stream named {@code name} under master seed {@code master}. */
    public static long derive(long master, String name) {
        return mix(master ^ mix(fnv1a64(name)));
    }

    static long fnv1a64(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    static long mix(long value) {
        long z = value + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
