package atlas.sim.sweep;

import java.nio.charset.StandardCharsets;

/**
 * The seed of each run of a sweep, a function of the master seed and the run's id alone, so that
 * adding points or replicates leaves the seeds of the other runs as they were:
 * {@code seed = mix(master XOR mix(fnv1a64(id)))}, where fnv1a64 is the 64-bit FNV-1a hash of the
 * id's UTF-8 bytes and mix is SplitMix64's output function applied after adding the golden gamma
 * 0x9e3779b97f4a7c15 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014). Mixing twice keeps ids that differ in one character, and master seeds that differ
 * in one bit, far apart.
 */
public final class RunSeeds {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private RunSeeds() {
    }

    /** The seed of run {@code id} in a sweep with master seed {@code master}. */
    public static long derive(long master, String id) {
        return mix(master ^ mix(fnv1a64(id)));
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
