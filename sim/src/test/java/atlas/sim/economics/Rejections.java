package atlas.sim.economics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a parameter is refused with a message a user can act on. */
final class Rejections {

    private Rejections() {
    }

    static void assertRejected(String fragment, Executable executable) {
        String message = assertThrows(IllegalArgumentException.class, executable).getMessage();
        assertTrue(message.contains(fragment), message);
    }
}
