package atlas.sim.economics;

import static atlas.sim.economics.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Guards that a price path passes through its points, is linear between them, constant outside them, and refuses a path that is no price. */
class PricePathTest {

    private final PricePath path = new PricePath(new long[] {100, 200, 400}, new double[] {1.0, 3.0, 2.0});

    @Test
    void passesThroughItsPointsAndIsLinearBetween() {
        assertEquals(1.0, path.usdPerBtt(100));
        assertEquals(3.0, path.usdPerBtt(200));
        assertEquals(2.0, path.usdPerBtt(400));
        assertEquals(2.0, path.usdPerBtt(150), 1e-15);
        assertEquals(1.02, path.usdPerBtt(101), 1e-15);
        assertEquals(2.5, path.usdPerBtt(300), 1e-15);
        assertEquals(2.005, path.usdPerBtt(399), 1e-15);
    }

    @Test
    void isConstantBeforeTheFirstPointAndAfterTheLast() {
        assertEquals(1.0, path.usdPerBtt(99));
        assertEquals(1.0, path.usdPerBtt(Long.MIN_VALUE));
        assertEquals(2.0, path.usdPerBtt(401));
        assertEquals(2.0, path.usdPerBtt(Long.MAX_VALUE));
        PricePath single = new PricePath(new long[] {0}, new double[] {0.5});
        assertEquals(0.5, single.usdPerBtt(-1));
        assertEquals(0.5, single.usdPerBtt(1_000_000));
    }

    @Test
    void interpolatesAcrossTheWholeTimeRange() {
        PricePath wide = new PricePath(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, new double[] {1, 3});
        assertEquals(2, wide.usdPerBtt(0), 1e-12);
    }

    @Test
    void keepsItsOwnCopyOfThePoints() {
        long[] times = {0, 10};
        double[] prices = {1, 2};
        PricePath copy = new PricePath(times, prices);
        times[1] = 1000;
        prices[1] = 50;
        assertEquals(2, copy.usdPerBtt(10));
        assertEquals(new PricePath(new long[] {0, 10}, new double[] {1, 2}), copy);
        assertEquals(new PricePath(new long[] {0, 10}, new double[] {1, 2}).hashCode(), copy.hashCode());
        assertNotEquals(new PricePath(new long[] {0, 10}, new double[] {1, 3}), copy);
        assertEquals("path(0 us: 1 USD/BTT, 10 us: 2 USD/BTT)", copy.toString());
    }

    @Test
    void rejectsPathsThatAreNoPrice() {
        assertRejected("at least one point", () -> new PricePath(new long[0], new double[0]));
        assertRejected("as many prices as times", () -> new PricePath(new long[] {1, 2}, new double[] {1}));
        assertRejected("must increase, but point 2", () -> new PricePath(new long[] {5, 5}, new double[] {1, 1}));
        assertRejected("must increase, but point 3", () -> new PricePath(new long[] {1, 5, 4}, new double[] {1, 1, 1}));
        assertRejected("price at point 2", () -> new PricePath(new long[] {1, 2}, new double[] {1, 0}));
        assertRejected("price at point 1", () -> new PricePath(new long[] {1}, new double[] {-1}));
        assertRejected("not NaN", () -> new PricePath(new long[] {1}, new double[] {Double.NaN}));
        assertRejected("not Infinity", () -> new PricePath(new long[] {1}, new double[] {Double.POSITIVE_INFINITY}));
    }
}
