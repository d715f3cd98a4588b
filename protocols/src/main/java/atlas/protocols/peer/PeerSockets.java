package atlas.protocols.peer;

import atlas.protocols.Clock;
import atlas.protocols.wire.Handshake;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.WireException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link TorrentPeer}'s sockets on one {@link Selector}: the listening socket, connections opened
 * and accepted up to {@link PeerSettings#maxConnections()}, bytes read into each connection's
 * decoder and handed on as a handshake and messages, write queues flushed as the sockets take
 * them, and the timeouts that drop a connection that does not finish its handshake, stays silent
 * or stops reading. What the bytes mean is the {@link Handler}'s business.
 *
 * <p>A connection that fails is only marked ({@link #fail}); {@link #closeFailed} closes it between
 * events, so that loops over the connections stay valid. All of it runs on the peer's thread but
 * {@link #connect}, {@link #runInLoop} and {@link #wakeup}.
 */
final class PeerSockets {

    /** What the connections' events mean; called on the peer's thread. */
    interface Handler {
        /** Our outgoing connection is established. */
        void onConnected(PeerConnection c, long now);

        void onHandshake(PeerConnection c, Handshake h, long now) throws IOException;

        void onMessage(PeerConnection c, PeerMessage m, long now) throws IOException;

        /** The socket took queued bytes: there may be room to queue more. */
        void onWritable(PeerConnection c, long now) throws IOException;

        /** A tick on a connection its timeouts left open. */
        void onTick(PeerConnection c, long now);

        /** The connection is closed and gone from {@link #connections()}. */
        void onClosed(PeerConnection c);

        /** The last connection closed, none is about to open and none can come in: we do not listen. */
        void onIsolated();
    }

    // Logged under the public class's name, which logging configurations name.
    private static final System.Logger LOG = System.getLogger(TorrentPeer.class.getName());

    private final PeerSettings settings;
    private final int maxMessageLength;
    private final Clock clock;
    private final Handler handler;
    private final Selector selector;
    private ServerSocketChannel server;
    /** False once the peer leaves ({@link #stopConnecting}). */
    private volatile boolean connecting = true;
    private final List<PeerConnection> connections = new ArrayList<>();
    private final List<PeerConnection> connectionsView = Collections.unmodifiableList(connections);
    private final ConcurrentLinkedQueue<InetSocketAddress> toConnect = new ConcurrentLinkedQueue<>();
    /** Work handed to the loop from other threads (the chain's reports). */
    private final ConcurrentLinkedQueue<Runnable> loopTasks = new ConcurrentLinkedQueue<>();
    private long peakConnectionBytes;

    PeerSockets(PeerSettings settings, int maxMessageLength, Clock clock, Handler handler) throws IOException {
        this.settings = settings;
        this.maxMessageLength = maxMessageLength;
        this.clock = clock;
        this.handler = handler;
        this.selector = Selector.open();
    }

    /** Accepts connections on {@code address}; returns the bound port. */
    int listen(InetSocketAddress address) throws IOException {
        server = ServerSocketChannel.open();
        server.bind(address);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    boolean isListening() {
        return server != null;
    }

    /** The port {@link #listen} bound, or -1 if we do not listen. */
    int localPort() throws IOException {
        return server == null ? -1 : ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** From any thread; the loop opens the connection on its next turn, unless it stopped connecting. */
    void connect(InetSocketAddress address) {
        if (connecting) {
            toConnect.add(address);
            selector.wakeup();
        }
    }

    /**
     * The peer is leaving: from now on no connection is accepted (the listening socket closes) and
     * none is opened, so that no newcomer meets a peer that will never serve it.
     */
    void stopConnecting() throws IOException {
        connecting = false;
        toConnect.clear();
        if (server != null) {
            server.close();
            server = null;
            // A registered channel's socket is released when its key is flushed, at a selection.
            selector.selectNow();
        }
    }

    /** Runs {@code task} on the loop's next turn; from any thread. */
    void runInLoop(Runnable task) {
        loopTasks.add(task);
        selector.wakeup();
    }

    /** Ends a {@link #select} early; from any thread. */
    void wakeup() {
        selector.wakeup();
    }

    /** Every connection, handshaken or not, until it is closed; read-only. */
    List<PeerConnection> connections() {
        return connectionsView;
    }

    /** The most bytes one connection held in its buffers so far. */
    long peakConnectionBytes() {
        return peakConnectionBytes;
    }

    // ---- opening -----------------------------------------------------------------------------------

    void openRequestedConnections(long now) {
        for (InetSocketAddress address; (address = toConnect.poll()) != null; ) {
            if (connections.size() >= settings.maxConnections()) {
                LOG.log(System.Logger.Level.DEBUG, "not connecting to {0}: connection limit", address);
                continue;
            }
            SocketChannel channel = null;
            PeerConnection c = null;
            try {
                channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                c = add(channel, address, true, now);
                if (channel.connect(address)) {
                    onConnected(c, now);
                } else {
                    c.key.interestOps(SelectionKey.OP_CONNECT);
                }
            } catch (IOException | UnresolvedAddressException e) {
                if (c != null) {
                    fail(c, "cannot connect: " + e);
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "cannot connect to {0}: {1}", address, e.toString());
                    closeQuietly(channel);
                }
            }
        }
        closeFailed();
    }

    private PeerConnection add(SocketChannel channel, InetSocketAddress address, boolean outgoing, long now)
            throws IOException {
        PeerConnection c = new PeerConnection(channel, address, outgoing, maxMessageLength,
                settings.maxQueuedRequests(), now);
        c.key = channel.register(selector, SelectionKey.OP_READ, c);
        connections.add(c);
        return c;
    }

    private void accept() {
        long now = clock.micros();
        try {
            SocketChannel channel;
            while ((channel = server.accept()) != null) {
                if (connections.size() >= settings.maxConnections()) {
                    closeQuietly(channel);
                    continue;
                }
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                add(channel, (InetSocketAddress) channel.getRemoteAddress(), false, now);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "accepting a connection failed: {0}", e.toString());
        }
    }

    private void onConnected(PeerConnection c, long now) {
        c.key.interestOps(SelectionKey.OP_READ);
        handler.onConnected(c, now);
    }

    void runLoopTasks() {
        for (Runnable task; (task = loopTasks.poll()) != null; ) {
            task.run();
        }
        closeFailed();
    }

    // ---- events ----------------------------------------------------------------------------------

    /** Waits up to {@code timeoutMillis} for the sockets, then handles what they are ready for. */
    void select(long timeoutMillis) throws IOException {
        selector.select(timeoutMillis);
        for (SelectionKey key : selector.selectedKeys()) {
            handle(key);
            closeFailed();
        }
        selector.selectedKeys().clear();
    }

    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.channel() == server) {
            accept();
            return;
        }
        PeerConnection c = (PeerConnection) key.attachment();
        long now = clock.micros();
        try {
            if (key.isConnectable()) {
                c.channel.finishConnect();
                onConnected(c, now);
            }
            if (key.isValid() && key.isReadable() && c.isOpen()) {
                read(c, now);
            }
            if (key.isValid() && key.isWritable() && c.isOpen()) {
                flush(c, now);
                handler.onWritable(c, now);
            }
        } catch (IOException e) {
            fail(c, e.toString());
        } catch (WireException e) {
            fail(c, "protocol error: " + e.getMessage());
        }
    }

    private void read(PeerConnection c, long now) throws IOException {
        int n = c.channel.read(c.readBuffer);
        if (n < 0) {
            fail(c, "closed by the peer");
            return;
        }
        c.lastReceivedAt = now;
        ByteBuffer in = c.readBuffer.flip();
        try {
            while (c.isOpen()) {
                if (!c.decoder.handshakeRead()) {
                    Handshake h = c.decoder.readHandshake(in);
                    if (h == null) {
                        break;
                    }
                    handler.onHandshake(c, h, now);
                } else {
                    PeerMessage m = c.decoder.read(in);
                    if (m == null) {
                        break;
                    }
                    handler.onMessage(c, m, now);
                }
            }
        } finally {
            in.compact();
        }
        peakConnectionBytes = Math.max(peakConnectionBytes, c.memoryBytes());
    }

    /** Drops connections that wait too long for the remote; keeps quiet ones alive. */
    void checkTimeouts(long now) {
        for (PeerConnection c : connections) {
            if (c.state == PeerConnection.HANDSHAKING && now - c.openedAt > settings.handshakeTimeoutMicros()) {
                fail(c, "no handshake in time");
            } else if (now - c.lastReceivedAt > settings.idleTimeoutMicros()) {
                fail(c, "silent for too long");
            } else if (c.queuedBytes() > 0 && now - c.lastWriteProgressAt > settings.writeStallMicros()) {
                fail(c, "it does not read: nothing written for too long");
            } else if (c.state != PeerConnection.HANDSHAKING && now - c.lastSentAt > settings.idleTimeoutMicros() / 3) {
                send(c, PeerMessage.KeepAlive.INSTANCE, now);
            }
            if (c.isOpen()) {
                handler.onTick(c, now);
            }
        }
    }

    // ---- writing -----------------------------------------------------------------------------------

    void send(PeerConnection c, PeerMessage m, long now) {
        ByteBuffer out = ByteBuffer.allocate(m.wireLength());
        m.writeTo(out);
        send(c, out.flip(), now);
    }

    /** Queues bytes and writes at once what the socket takes; a peer whose queue overflows is dropped. */
    void send(PeerConnection c, ByteBuffer bytes, long now) {
        if (!c.isOpen()) {
            return;
        }
        c.queue(bytes, now);
        peakConnectionBytes = Math.max(peakConnectionBytes, c.memoryBytes());
        if (c.queuedBytes() > settings.maxWriteQueueBytes()) {
            fail(c, "it does not read: " + c.queuedBytes() + " bytes queued");
            return;
        }
        try {
            flush(c, now);
        } catch (IOException e) {
            fail(c, e.toString());
        }
    }

    private void flush(PeerConnection c, long now) throws IOException {
        boolean empty = c.flush(now);
        if (c.key.isValid() && (c.key.interestOps() & SelectionKey.OP_CONNECT) == 0) {
            c.key.interestOps(empty ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    // ---- closing -----------------------------------------------------------------------------------

    /** Marks the connection for closing by {@link #closeFailed}; the first reason given is kept. */
    void fail(PeerConnection c, String reason) {
        if (c.closeReason == null) {
            c.closeReason = reason;
        }
    }

    /** Closes the connections marked by {@link #fail}, and those their closing marks in turn. */
    void closeFailed() {
        boolean closed = false;
        for (boolean any = true; any; ) {
            any = false;
            for (int i = connections.size() - 1; i >= 0; i--) {
                PeerConnection c = connections.get(i);
                if (c.closeReason != null) {
                    connections.remove(i);
                    LOG.log(System.Logger.Level.DEBUG, "closing {0}: {1}", c, c.closeReason);
                    closeQuietly(c.channel);
                    handler.onClosed(c);
                    any = true;
                    closed = true;
                }
            }
        }
        if (closed && connections.isEmpty() && toConnect.isEmpty() && server == null) {
            handler.onIsolated();
        }
    }

    /** Closes every socket and the selector, without telling the handler: the peer is done. */
    void closeAll() throws IOException {
        for (PeerConnection c : connections) {
            closeQuietly(c.channel);
        }
        connections.clear();
        if (server != null) {
            server.close();
        }
        selector.close();
    }

    private static void closeQuietly(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a socket failed: {0}", e.toString());
        }
    }
}
