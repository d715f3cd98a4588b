package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.wire.Handshake;
import atlas.protocols.wire.PeerMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** A peer that leaves takes no new connection, in either direction: no newcomer meets a peer that will never serve it. */
class PeerSocketsTest {

    /** Handles nothing: the test looks at the sockets only. */
    private static final class Ignoring implements PeerSockets.Handler {
        @Override
        public void onConnected(PeerConnection c, long now) {
        }

        @Override
        public void onHandshake(PeerConnection c, Handshake h, long now) {
        }

        @Override
        public void onMessage(PeerConnection c, PeerMessage m, long now) {
        }

        @Override
        public void onWritable(PeerConnection c, long now) {
        }

        @Override
        public void onTick(PeerConnection c, long now) {
        }

        @Override
        public void onClosed(PeerConnection c) {
        }

        @Override
        public void onIsolated() {
        }
    }

    @Test
    void afterStopConnectingNothingIsAcceptedOrOpened() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        PeerSockets sockets = new PeerSockets(PeerSettings.defaults(), 1 << 20, System::nanoTime, new Ignoring());
        PeerSockets other = new PeerSockets(PeerSettings.defaults(), 1 << 20, System::nanoTime, new Ignoring());
        try {
            int port = sockets.listen(new InetSocketAddress(loopback, 0));
            int otherPort = other.listen(new InetSocketAddress(loopback, 0));
            new Socket(loopback, port).close(); // listening
            sockets.stopConnecting();
            assertFalse(sockets.isListening());
            assertThrows(ConnectException.class, () -> new Socket(loopback, port).close(), "nothing listens any more");
            sockets.connect(new InetSocketAddress(loopback, otherPort));
            sockets.openRequestedConnections(0);
            assertTrue(sockets.connections().isEmpty(), "no connection opened");
        } finally {
            sockets.closeAll();
            other.closeAll();
        }
    }
}
