package atlas.sim.swarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A connection's two ends keep their counts and flags apart, and a reused slot starts clean. */
class LinkStatesTest {

    @Test
    void countsAndFlagsOfBothEndsAreIndependent() {
        LinkStates states = new LinkStates();
        int a = states.open();
        assertEquals(0, a % 2, "the first end's slot is even");
        states.setWants(a, 7);
        states.set(a + 1, LinkStates.COMPLETE, true);
        states.set(a, LinkStates.REQUESTING, true);
        states.setWants(a, 5);
        assertEquals(5, states.wants(a));
        assertTrue(states.is(a, LinkStates.REQUESTING), "a count change keeps the flags");
        assertFalse(states.is(a, LinkStates.COMPLETE));
        assertEquals(0, states.wants(a + 1));
        assertTrue(states.is(a + 1, LinkStates.COMPLETE));
        states.set(a, LinkStates.REQUESTING, false);
        assertEquals(5, states.wants(a), "a flag change keeps the count");
    }

    @Test
    void aClosedConnectionsSlotsAreReusedZeroed() {
        LinkStates states = new LinkStates();
        int a = states.open();
        int b = states.open();
        states.setWants(b + 1, 3);
        states.set(b, LinkStates.COMPLETE, true);
        states.close(b + 1);
        int c = states.open();
        assertEquals(b, c);
        assertEquals(0, states.wants(c + 1));
        assertFalse(states.is(c, LinkStates.COMPLETE));
        assertEquals(a + 2, b);
    }

    @Test
    void manyConnectionsKeepTheirStatesAsTheArrayGrows() {
        LinkStates states = new LinkStates();
        int[] slots = new int[5000];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = states.open();
            states.setWants(slots[i], i);
            states.setWants(slots[i] + 1, 2 * i);
        }
        for (int i = 0; i < slots.length; i++) {
            assertEquals(i, states.wants(slots[i]));
            assertEquals(2 * i, states.wants(slots[i] + 1));
        }
    }

    @Test
    void aCountBeyondTheFlagBitsIsRefused() {
        LinkStates states = new LinkStates();
        int a = states.open();
        assertThrows(IllegalArgumentException.class, () -> states.setWants(a, LinkStates.WANTS + 1));
        assertThrows(IllegalArgumentException.class, () -> states.setWants(a, -1));
    }
}
