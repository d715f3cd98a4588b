package atlas.sim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams derived from one run seed, one per purpose and, where a purpose is
 * per peer, one per (purpose, peer). Changing how one purpose consumes numbers never shifts
 * another's, so two policies run on the same seed see the same peers arrive with the same
 * capacities (common random numbers).
 *
 * <p>Stream seeds are the run seed mixed with the purpose and index through SplitMix64's
 * finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014);
 * each stream is a xoroshiro128++ generator.
 */
public final class RandomStreams {
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The stream for a run-wide purpose. */
    public UniformRandomProvider stream(Purpose purpose) {
        return stream(purpose, -1);
    }

    /** The stream for one peer's (or other indexed entity's) use of a purpose. */
    public UniformRandomProvider stream(Purpose purpose, long index) {
        long s0 = mix(seed ^ mix(purpose.ordinal() + 0x9E3779B97F4A7C15L * (index + 2)));
        long s1 = mix(s0 + 0x9E3779B97F4A7C15L);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
    }

    /**
     * A uniform double in [0, 1) that depends only on the seed, the purpose and the key: for
     * quantities of pairs (a link's latency) that must not depend on the order pairs appear in.
     */
    public double hashUniform(Purpose purpose, long key) {
        long h = mix(seed ^ mix(key * 0xBF58476D1CE4E5B9L + purpose.ordinal()));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's output function: a bijective avalanche mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** What a stream is for. New purposes go at the end: the ordinal is part of the seed. */
    public enum Purpose {
        ARRIVALS,
        CAPACITIES,
        PEER_LISTS,
        PIECE_TIES,
        CHOKING,
        BEHAVIOUR,
        LATENCY,
        TIMER_PHASE,
        AVAILABILITY,
        /** Keys of the token economy's accounts, in the order they are created. */
        KEYS,
        /** The mock chain's own draws (missed slots). */
        CHAIN,
        /** Per peer: whether it takes part in the token economy, whether it bids, its holdings and value of time. */
        INCENTIVES,
        /** The token's price path. */
        PRICE,
        /**
         * Per peer: how long it downloads before it gives up; apart from {@link #BEHAVIOUR}, whose
         * draws vary with the seeding model, so that comparing seeding models keeps every abort.
         */
        ABORT
    }
}
