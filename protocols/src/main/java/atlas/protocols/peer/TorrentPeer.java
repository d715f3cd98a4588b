package atlas.protocols.peer;

import atlas.protocols.Clock;
import atlas.protocols.choke.Choker;
import atlas.protocols.piece.Bitfield;
import atlas.protocols.piece.PieceDownload;
import atlas.protocols.piece.PiecePickers;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.WireException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.Selector;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A BitTorrent peer for one torrent on real TCP sockets (BEP 3), on one thread with a
 * {@link Selector}. It drives {@link PieceDownload} (with a picker from
 * {@link PiecePickers#REGISTRY}) and a {@link Choker} with protocol events exactly as the
 * simulator's {@code Peer} and {@code Link} do, so the policies measured in simulation are the ones
 * that move real bytes.
 *
 * <p>A peer that breaks the protocol, stops reading, stays silent or sends too many pieces that
 * fail their hash is disconnected; others are unaffected. The Fast extension is not advertised;
 * the BEP 10 extension protocol is, only by a peer given {@link SpeedSettings}, and only for BTT
 * Speed, which {@link BttSpeed} runs on connections whose remote announces it too: there requests
 * may be held at the credit limit, and two seeds keep their connection until its channels are
 * settled. {@link PeerProtocol} speaks the protocol and {@link PeerSockets} moves its bytes; this
 * class opens the torrent, runs the loop and is what other threads see.
 *
 * <p>It ends in one of two ways. {@link #leave} is the graceful one, what a user's stop should
 * be: the peer stops serving and requesting, settles its BTT Speed debts and channels with each
 * remote as the extension's specification says (at most for the settle timeout), and then closes
 * everything. {@link #stop} is abrupt: every socket closes at once, and the remotes close the
 * channels alone, as they would after a crash.
 *
 * <p>Threads: {@link #run} is the loop and owns all state; {@link #connect}, {@link #stop},
 * {@link #leave}, {@link #stats}, {@link #speedStats} and {@link #completion} may be called from
 * any thread.
 */
public final class TorrentPeer implements Closeable {

    private static final System.Logger LOG = System.getLogger(TorrentPeer.class.getName());
    /** How often timeouts and keep-alives are checked. */
    private static final long TICK_MICROS = 250_000L;

    private final Metainfo metainfo;
    private final PieceStorage storage;
    private final Clock clock;
    private final PeerProtocol protocol;
    private final PeerSockets sockets;
    private volatile boolean stopping;
    private volatile boolean leaveAsked;
    private boolean running;
    /** Completes once the loop has ended and everything is closed. */
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private TorrentPeer(Metainfo metainfo, PieceStorage storage, Bitfield have, PeerSettings settings,
                        SpeedSettings speedSettings, Clock clock, UniformRandomProvider random) throws IOException {
        this.metainfo = metainfo;
        this.storage = storage;
        this.clock = clock;
        this.protocol = new PeerProtocol(metainfo, storage, have, settings, speedSettings, clock, random);
        this.sockets = protocol.sockets;
    }

    /**
     * Opens the torrent's files below {@code dir} (creating missing ones), checks every piece
     * already there, and prepares to seed what is complete and download the rest. A torrent of no
     * bytes is refused with a {@link WireException}: there is nothing to exchange.
     */
    public static TorrentPeer open(Metainfo metainfo, Path dir, PeerSettings settings, Clock clock,
                                   UniformRandomProvider random) throws IOException {
        return open(metainfo, dir, settings, null, clock, random);
    }

    /**
     * As {@link #open(Metainfo, Path, PeerSettings, Clock, UniformRandomProvider)}, taking part in
     * BTT Speed by {@code speed} (null: the plain protocol). Only remotes that announce the extension
     * are asked to pay or paid; others are served and downloaded from as by a plain peer.
     */
    public static TorrentPeer open(Metainfo metainfo, Path dir, PeerSettings settings, SpeedSettings speed,
                                   Clock clock, UniformRandomProvider random) throws IOException {
        if (metainfo.totalLength() == 0) {
            throw new WireException("the torrent " + metainfo.name() + " holds no data to share");
        }
        PieceStorage storage = PieceStorage.open(metainfo, dir);
        try {
            return new TorrentPeer(metainfo, storage, storage.verifyAll(), settings, speed, clock, random);
        } catch (IOException | RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /** A real clock: microseconds of {@link System#nanoTime()}. */
    public static Clock systemClock() {
        return () -> System.nanoTime() / 1000;
    }

    /** Accepts connections on {@code address} (port 0 for any free one); returns the bound port. Call before {@link #run}. */
    public int listen(InetSocketAddress address) throws IOException {
        if (running || sockets.isListening()) {
            throw new IllegalStateException("listen once, before run");
        }
        return sockets.listen(address);
    }

    /** The port {@link #listen} bound, or -1 if the peer does not listen. */
    public int localPort() throws IOException {
        return sockets.localPort();
    }

    /** Connects to a peer, from any thread; the loop opens the connection on its next turn. */
    public void connect(InetSocketAddress address) {
        sockets.connect(address);
    }

    /**
     * Completes once every piece is verified: at once for a seed. Completes exceptionally, with an
     * {@link IOException}, when a peer that does not listen loses its last connection before that.
     */
    public CompletableFuture<Void> completion() {
        return protocol.completion;
    }

    /** The latest snapshot; never null. */
    public PeerStats stats() {
        return protocol.stats();
    }

    /** The latest snapshot of the BTT Speed accounts, published with {@link #stats()}; all zero without the extension. */
    public SpeedStats speedStats() {
        return protocol.speedStats();
    }

    public Metainfo metainfo() {
        return metainfo;
    }

    /**
     * Asks the loop to stop at once, from any thread; {@link #run} then closes every socket and
     * file and returns, settling nothing: the remotes close its channels alone.
     */
    public void stop() {
        stopping = true;
        sockets.wakeup();
    }

    /**
     * Asks the loop to leave gracefully, from any thread, and returns at once: the peer chokes
     * everyone, requests nothing more and settles its BTT Speed accounts with each remote (see the
     * extension's specification, "Leaving"); once every connection is settled, or the settle timeout
     * has passed, {@link #run} closes everything and returns. The future completes then; it
     * completes at once if the loop has ended already, and only once {@link #run} or
     * {@link #close} is called if neither has been.
     */
    public CompletableFuture<Void> leave() {
        leaveAsked = true;
        sockets.wakeup();
        return ended;
    }

    /** Stops the loop if it runs; releases the sockets and files if it never ran. */
    @Override
    public void close() throws IOException {
        stop();
        synchronized (this) {
            if (!running) {
                releaseAll();
                ended.complete(null);
            }
        }
    }

    /** The loop: runs on the calling thread until {@link #stop}, or {@link #leave} has settled, then closes every socket and file. */
    public void run() {
        synchronized (this) {
            if (running) {
                return;
            }
            if (stopping) {
                releaseAll(); // stopped before it ran: nothing else will release
                ended.complete(null);
                return;
            }
            running = true;
        }
        try {
            long now = clock.micros();
            long nextTick = now + TICK_MICROS;
            long nextRound = now;
            // Without an upload limit nothing is refilled: the loop wakes for its ticks only.
            long nextRefill = protocol.isUploadShaped() ? now + UploadShaper.REFILL_MICROS : Long.MAX_VALUE;
            boolean leaving = false;
            while (!stopping) {
                if (leaveAsked && !leaving) {
                    leaving = true;
                    sockets.stopConnecting();
                    protocol.leave(clock.micros());
                }
                if (leaving && protocol.settled(clock.micros())) {
                    break;
                }
                sockets.openRequestedConnections(clock.micros());
                sockets.runLoopTasks();
                sockets.select(Math.max(1, (Math.min(nextTick, nextRefill) - clock.micros()) / 1000));
                now = clock.micros();
                if (now >= nextTick) {
                    sockets.checkTimeouts(now);
                    protocol.onTick();
                    nextTick = now + TICK_MICROS;
                }
                if (now >= nextRefill) {
                    protocol.shapeUploads(now);
                    nextRefill = now + UploadShaper.REFILL_MICROS;
                }
                if (now >= nextRound) {
                    nextRound = now + protocol.round(now);
                }
                sockets.closeFailed();
                protocol.publishStats();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the peer's selector failed", e);
        } finally {
            synchronized (this) {
                running = false;
                releaseAll();
            }
            ended.complete(null);
        }
    }

    private void releaseAll() {
        try {
            sockets.closeAll();
            storage.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the peer failed: {0}", e.toString());
        }
        protocol.publishStats();
    }
}
