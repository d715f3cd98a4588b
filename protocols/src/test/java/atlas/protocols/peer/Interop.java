package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Assumptions;

/** What the interoperability tests share: skipping without the other client, unless CI requires it. */
final class Interop {

    private Interop() {
    }

    /**
     * Skips the test when {@code client} is missing, but fails it when ATLAS_REQUIRE_INTEROP is set
     * (scripts/test installs the clients and sets it, so CI cannot skip).
     */
    static void requireClient(boolean present, String client, String install) {
        if (System.getenv("ATLAS_REQUIRE_INTEROP") != null) {
            assertTrue(present, "ATLAS_REQUIRE_INTEROP is set but " + client + " is missing: " + install);
        }
        Assumptions.assumeTrue(present, client + " is not installed: " + install);
    }

    /** A TCP port free on loopback a moment ago, for a client that must be told its port. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
