package atlas.protocols.bencode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and mutated inputs either decode or raise BencodeException, nothing else; whatever decodes
 * is canonical (re-encodes to the same bytes), and valid values round-trip.
 */
class BencodeFuzzTest {

    private static final BencodeLimits LIMITS = new BencodeLimits(1 << 16, 6);

    /** A random value at most {@code depth} levels deep, biased towards short and boundary values. */
    static BValue randomValue(UniformRandomProvider random, int depth) {
        int kind = random.nextInt(depth > 0 ? 4 : 2);
        switch (kind) {
            case 0:
                long[] special = {0, -1, 1, Long.MAX_VALUE, Long.MIN_VALUE, 10, -10};
                return new BInteger(random.nextBoolean() ? special[random.nextInt(special.length)] : random.nextLong());
            case 1:
                byte[] b = new byte[random.nextInt(12)];
                random.nextBytes(b);
                return BBytes.of(b);
            case 2:
                List<BValue> values = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    values.add(randomValue(random, depth - 1));
                }
                return new BList(values);
            default:
                BDict.Builder d = BDict.builder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    byte[] key = new byte[random.nextInt(4)];
                    random.nextBytes(key);
                    d.put(BBytes.of(key), randomValue(random, depth - 1));
                }
                return d.build();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void validValuesRoundTrip(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (int i = 0; i < 500; i++) {
            BValue v = randomValue(random, 5);
            byte[] encoded = Bencode.encode(v);
            assertEquals(encoded.length, Bencode.encodedLength(v));
            assertEquals(v, Bencode.decode(encoded, LIMITS));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void mutatedInputsDecodeCanonicallyOrFailCleanly(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int rejected = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] input = Mutations.mutate(random, Bencode.encode(randomValue(random, 5)));
            BValue decoded;
            try {
                decoded = Bencode.decode(input, LIMITS);
            } catch (BencodeException e) {
                rejected++;
                continue;
            }
            // Strictness means one encoding per value: anything accepted is exactly what we would write.
            assertArrayEquals(input, Bencode.encode(decoded));
        }
        // Mutations must mostly break the input, or this test exercises nothing.
        assertEquals(true, rejected > 1000, "only " + rejected + " of 2000 mutated inputs rejected");
    }
}
