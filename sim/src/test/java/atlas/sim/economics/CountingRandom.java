package atlas.sim.economics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded generator that counts its {@code nextDouble()} calls and fails on any other draw, to check
 * that a sampler takes exactly one uniform per value. Every other method of
 * {@link UniformRandomProvider} defaults to {@link #nextLong()}, so overriding it catches them all.
 */
final class CountingRandom implements UniformRandomProvider {

    private final UniformRandomProvider source;
    private long doubles;

    CountingRandom(long seed) {
        source = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    long doublesDrawn() {
        return doubles;
    }

    @Override
    public double nextDouble() {
        doubles++;
        return source.nextDouble();
    }

    @Override
    public long nextLong() {
        throw new AssertionError("only nextDouble() may be drawn");
    }
}
