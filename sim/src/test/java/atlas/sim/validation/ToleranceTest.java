package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each tolerance accepts exactly its documented range, and a missing value (NaN) never passes. */
class ToleranceTest {

    @Test
    void ratioAtLeastIsALowerBound() {
        Tolerance bound = new Tolerance.RatioAtLeast(1);
        assertTrue(bound.accepts(10, 10));
        assertTrue(bound.accepts(30, 10));
        assertFalse(bound.accepts(9.99, 10));
        assertFalse(bound.accepts(Double.NaN, 10));
    }

    @Test
    void ratioWithinIsClosedOnBothSides() {
        Tolerance band = new Tolerance.RatioWithin(0.9, 1.35);
        assertTrue(band.accepts(90, 100));
        assertTrue(band.accepts(135, 100));
        assertFalse(band.accepts(89.9, 100));
        assertFalse(band.accepts(135.1, 100));
        assertFalse(band.accepts(Double.NaN, 100));
    }

    @Test
    void absoluteWithinMeasuresTheDifference() {
        Tolerance exact = new Tolerance.AbsoluteWithin(0);
        assertTrue(exact.accepts(0, 0));
        assertFalse(exact.accepts(1, 0));
        Tolerance loose = new Tolerance.AbsoluteWithin(3);
        assertTrue(loose.accepts(-3, 0));
        assertFalse(loose.accepts(3.5, 0));
        assertFalse(loose.accepts(Double.NaN, 0));
    }

    @Test
    void aCheckPassesOnlyWhenItsToleranceAccepts() {
        assertTrue(new Check("f", "n", "s", "s", 120, 100, new Tolerance.RatioWithin(0.9, 1.35)).passed());
        assertFalse(new Check("f", "n", "s", "s", 200, 100, new Tolerance.RatioWithin(0.9, 1.35)).passed());
    }
}
