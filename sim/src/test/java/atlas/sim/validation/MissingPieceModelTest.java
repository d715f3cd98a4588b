package atlas.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hajek and Zhu's threshold: stable exactly when the seed's piece rate exceeds the arrival rate. */
class MissingPieceModelTest {

    @Test
    void stableBelowTheSeedRateWithNoGrowth() {
        MissingPieceModel model = new MissingPieceModel(0.1, 0.25);
        assertTrue(model.stableWhenLeavingAtOnce());
        assertEquals(0, model.clubGrowthPerSecond());
    }

    @Test
    void unstableAboveItGrowingByTheDifference() {
        MissingPieceModel model = new MissingPieceModel(0.5, 0.2);
        assertFalse(model.stableWhenLeavingAtOnce());
        assertEquals(0.3, model.clubGrowthPerSecond(), 1e-12);
    }
}
