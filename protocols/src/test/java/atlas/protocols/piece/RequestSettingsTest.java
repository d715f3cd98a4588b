package atlas.protocols.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Guards the request queue's depth: the minimum when the rate is unknown, then mainline's backlog of seconds, capped. */
class RequestSettingsTest {

    @Test
    void depthKeepsTheBacklogOfTheCurrentRateRequestedAboveTheMinimum() {
        RequestSettings s = new RequestSettings(2, 60_000_000L, 4_000_000L, 50);
        assertEquals(2, s.depth(0, 16 * 1024));
        // 64 KiB/s for 4 s is 16 blocks of 16 KiB.
        assertEquals(18, s.depth(64 * 1024, 16 * 1024));
        assertEquals(50, s.depth(100 * 1024 * 1024, 16 * 1024), "capped");
        assertEquals(3, s.depth(64 * 1024, 256 * 1024), "the same time in larger blocks is fewer of them");
    }

    @Test
    void aZeroBacklogKeepsTheDepthFixed() {
        assertEquals(5, new RequestSettings(5, 60_000_000L, 0, 5).depth(1e9, 16 * 1024));
    }

    @Test
    void inconsistentSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RequestSettings(5, 60_000_000L, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new RequestSettings(5, 60_000_000L, -1, 5));
    }
}
