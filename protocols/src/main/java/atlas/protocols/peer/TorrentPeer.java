package atlas.protocols.peer;

import atlas.protocols.Clock;
import atlas.protocols.PolicyRegistry;
import atlas.protocols.choke.Choker;
import atlas.protocols.choke.Chokers;
import atlas.protocols.piece.Bitfield;
import atlas.protocols.piece.PieceDownload;
import atlas.protocols.piece.PieceGeometry;
import atlas.protocols.piece.PiecePickers;
import atlas.protocols.piece.RequestSink;
import atlas.protocols.wire.Handshake;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.WireException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A BitTorrent peer for one torrent on real TCP sockets (BEP 3), on one thread with a
 * {@link Selector}. It drives {@link PieceDownload} (with a picker from
 * {@link PiecePickers#REGISTRY}) and a {@link Choker} with protocol events exactly as the
 * simulator's {@code Peer} and {@code Link} do, so the policies measured in simulation are the ones
 * that move real bytes.
 *
 * <p>Connection life: handshake first (ours right away on outgoing connections, after the remote's
 * on incoming ones; a wrong info-hash closes the connection), then an optional BITFIELD as the very
 * first message, then the other messages (a late BITFIELD, which aria2 sends, adds pieces as HAVEs
 * would). We request only while the remote unchokes us; we serve
 * only while we unchoke it, and read a block from disk only while the connection's write queue is
 * short (back-pressure). Every piece is checked against its SHA-1 before we announce it; a piece
 * that fails goes back to the picker, and the peer that sent all of it takes a strike. A peer
 * that breaks the protocol, stops reading, stays silent or collects too many strikes is
 * disconnected; others are unaffected. The Fast extension is not advertised; the BEP 10 extension
 * protocol is, only by a peer given {@link SpeedSettings}, and only for BTT Speed, which
 * {@link BttSpeed} runs on connections whose remote announces it too: there requests may be held
 * at the credit limit, and two seeds keep their connection until its channels are settled.
 *
 * <p>Threads: {@link #run} is the loop and owns all state; {@link #connect}, {@link #stop},
 * {@link #stats}, {@link #speedStats} and {@link #completion} may be called from any thread.
 */
public final class TorrentPeer implements Closeable {

    private static final System.Logger LOG = System.getLogger(TorrentPeer.class.getName());
    /** How often timeouts and keep-alives are checked. */
    private static final long TICK_MICROS = 250_000L;
    private static final int MESSAGE_HEADER = 13;

    private final Metainfo metainfo;
    private final PieceStorage storage;
    private final PeerSettings settings;
    private final Clock clock;
    private final UniformRandomProvider random;
    private final PieceGeometry geometry;
    private final Bitfield have;
    private final byte[] peerId;
    private final byte[] handshake;
    private final int maxMessageLength;
    private final Selector selector;
    private ServerSocketChannel server;

    /** The download in progress; null once we have every piece. */
    private PieceDownload<PeerConnection> download;
    private final Choker seedChoker;
    private Choker choker;

    private final List<PeerConnection> connections = new ArrayList<>();
    /** Connections past the handshake and the first message: what the choker sees. */
    private final List<PeerConnection> peers = new ArrayList<>();
    private final Set<String> banned = new HashSet<>();
    /** Per piece in progress: the first peer that sent a block of it (kept after it leaves), else null. */
    private final PeerConnection[] pieceSource;
    /** Pieces in progress with blocks from more than one peer. */
    private final Bitfield mixedSources;
    private final ConcurrentLinkedQueue<InetSocketAddress> toConnect = new ConcurrentLinkedQueue<>();
    private final ByteBuffer blockScratch;
    private final CompletableFuture<Void> completion = new CompletableFuture<>();
    /** BTT Speed, or null for a peer of the plain protocol. */
    private final BttSpeed speed;
    /** Work handed to the loop from other threads (the chain's reports). */
    private final ConcurrentLinkedQueue<Runnable> loopTasks = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;
    private volatile PeerStats stats;
    private volatile SpeedStats speedStats = SpeedStats.NONE;
    private boolean running;

    private long bytesDownloaded;
    private long bytesUploaded;
    private int hashFailures;
    private long peakConnectionBytes;
    private long nextTick;
    private long nextRound;

    private TorrentPeer(Metainfo metainfo, PieceStorage storage, Bitfield have, PeerSettings settings,
                        SpeedSettings speedSettings, Clock clock, UniformRandomProvider random) throws IOException {
        this.metainfo = metainfo;
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.geometry = PieceGeometry.of(metainfo.totalLength(), metainfo.pieceLength());
        this.seedChoker = create(Chokers.SEED, settings.seedChoker());
        if (have.isComplete()) {
            this.have = have;
            this.choker = seedChoker;
            completion.complete(null);
        } else {
            this.download = new PieceDownload<>(geometry, have, create(PiecePickers.REGISTRY, settings.picker()),
                    settings.requests(), new Sink(), random);
            this.have = download.have();
            this.choker = create(Chokers.LEECHER, settings.leecherChoker());
        }
        this.peerId = newPeerId(random);
        // Only a peer that takes part in BTT Speed sets the BEP 10 bit: it has no other extension.
        this.handshake = Handshake.of(metainfo.infoHash(), peerId, speedSettings != null).toBytes();
        // The longest message we accept: a block of the largest size we request, or the bitfield.
        this.maxMessageLength = Math.max(Math.max(geometry.blockLength(), 1 << 14) + 9, 1 + (geometry.pieceCount() + 7) / 8);
        this.blockScratch = ByteBuffer.allocate(maxMessageLength);
        this.pieceSource = new PeerConnection[geometry.pieceCount()];
        this.mixedSources = new Bitfield(geometry.pieceCount());
        this.selector = Selector.open();
        this.speed = speedSettings == null ? null
                : new BttSpeed(speedSettings, new SpeedHost(), clock, geometry.blockLength());
        if (speed != null) {
            speed.onRound(peers, bytesRemaining(), clock.micros()); // the first bid, for the first greetings
        }
        publishStats();
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
        if (running || server != null) {
            throw new IllegalStateException("listen once, before run");
        }
        server = ServerSocketChannel.open();
        server.bind(address);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** The port {@link #listen} bound, or -1 if the peer does not listen. */
    public int localPort() throws IOException {
        return server == null ? -1 : ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** Connects to a peer, from any thread; the loop opens the connection on its next turn. */
    public void connect(InetSocketAddress address) {
        toConnect.add(address);
        selector.wakeup();
    }

    /**
     * Completes once every piece is verified: at once for a seed. Completes exceptionally, with an
     * {@link IOException}, when a peer that does not listen loses its last connection before that.
     */
    public CompletableFuture<Void> completion() {
        return completion;
    }

    /** The latest snapshot; never null. */
    public PeerStats stats() {
        return stats;
    }

    /** The latest snapshot of the BTT Speed accounts, published with {@link #stats()}; all zero without the extension. */
    public SpeedStats speedStats() {
        return speedStats;
    }

    public Metainfo metainfo() {
        return metainfo;
    }

    /** Asks the loop to stop, from any thread; {@link #run} then closes everything and returns. */
    public void stop() {
        stopping = true;
        selector.wakeup();
    }

    /** Stops the loop if it runs; releases the sockets and files if it never ran. */
    @Override
    public void close() throws IOException {
        stop();
        synchronized (this) {
            if (!running) {
                releaseAll();
            }
        }
    }

    /** The loop: runs on the calling thread until {@link #stop}, then closes every socket and file. */
    public void run() {
        synchronized (this) {
            if (running) {
                return;
            }
            if (stopping) {
                releaseAll(); // stopped before it ran: nothing else will release
                return;
            }
            running = true;
        }
        try {
            long now = clock.micros();
            nextTick = now + TICK_MICROS;
            nextRound = now;
            while (!stopping) {
                openRequestedConnections(clock.micros());
                runLoopTasks();
                selector.select(Math.max(1, (nextTick - clock.micros()) / 1000));
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                    closeFailed();
                }
                selector.selectedKeys().clear();
                now = clock.micros();
                if (now >= nextTick) {
                    checkTimeouts(now);
                    nextTick = now + TICK_MICROS;
                }
                if (now >= nextRound) {
                    round(now);
                    nextRound = now + choker.roundInterval();
                }
                closeFailed();
                publishStats();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the peer's selector failed", e);
        } finally {
            synchronized (this) {
                running = false;
                releaseAll();
            }
        }
    }

    // ---- connections -----------------------------------------------------------------------------

    private void openRequestedConnections(long now) {
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
                serve(c, now);
            }
        } catch (IOException e) {
            fail(c, e.toString());
        } catch (WireException e) {
            fail(c, "protocol error: " + e.getMessage());
        }
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

    /** An outgoing connection is up: our handshake goes first. */
    private void onConnected(PeerConnection c, long now) throws IOException {
        c.key.interestOps(SelectionKey.OP_READ);
        send(c, ByteBuffer.wrap(handshake), now);
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
                    onHandshake(c, h, now);
                } else {
                    PeerMessage m = c.decoder.read(in);
                    if (m == null) {
                        break;
                    }
                    onMessage(c, m, now);
                }
            }
        } finally {
            in.compact();
        }
        peakConnectionBytes = Math.max(peakConnectionBytes, c.memoryBytes());
    }

    private void onHandshake(PeerConnection c, Handshake h, long now) throws IOException {
        if (!h.infoHash().equals(metainfo.infoHash())) {
            throw new WireException("wrong info-hash " + h.infoHash());
        }
        byte[] id = h.peerId();
        if (Arrays.equals(id, peerId)) {
            fail(c, "connected to ourselves");
            return;
        }
        if (banned.contains(hex(id))) {
            fail(c, "banned peer");
            return;
        }
        c.peerId = id;
        if (!c.outgoing) {
            send(c, ByteBuffer.wrap(handshake), now);
        }
        if (have.count() > 0) {
            send(c, PeerMessage.BitfieldMessage.of(have), now);
        }
        if (speed != null && h.supportsExtensions()) {
            // After the BITFIELD, which BEP 3 wants first; libtorrent orders them alike.
            speed.open(c, server == null ? 0 : localPort(), settings.maxQueuedRequests());
        }
        c.state = PeerConnection.AWAITING_BITFIELD;
        c.recordConnected(now);
    }

    /** The remote's pieces are known: from its BITFIELD, or empty if its first message was another. */
    private void start(PeerConnection c, Bitfield remote, long now) {
        c.state = PeerConnection.ACTIVE;
        c.remote = remote;
        peers.add(c);
        if (download == null && remote.isComplete()) {
            fail(c, "both peers are seeds");
            return;
        }
        if (download != null) {
            c.requests = download.onPeerConnected(c, remote);
            updateInterest(c, now);
        }
        rechoke(false, now);
    }

    // ---- messages ----------------------------------------------------------------------------------

    private void onMessage(PeerConnection c, PeerMessage m, long now) throws IOException {
        if (c.state == PeerConnection.AWAITING_BITFIELD) {
            if (m instanceof PeerMessage.BitfieldMessage b) {
                start(c, b.toBitfield(geometry.pieceCount()), now);
                return;
            }
            start(c, new Bitfield(geometry.pieceCount()), now);
            if (!c.isOpen()) {
                return;
            }
        }
        if (m instanceof PeerMessage.Signal s) {
            onSignal(c, s.id(), now);
        } else if (m instanceof PeerMessage.Have h) {
            onHave(c, h.piece(), now);
        } else if (m instanceof PeerMessage.BlockRequest r) {
            onBlockRequest(c, r, now);
        } else if (m instanceof PeerMessage.Piece p) {
            onBlock(c, p, now);
        } else if (m instanceof PeerMessage.BitfieldMessage b) {
            // BEP 3 allows BITFIELD only first, but aria2 sends one after its first pieces when it
            // started with none; libtorrent accepts a late one too. Its new pieces count as HAVEs;
            // pieces it no longer claims stay counted, as a peer never loses a verified piece.
            Bitfield late = b.toBitfield(geometry.pieceCount());
            for (int p = late.nextSetBit(0); p >= 0 && c.isOpen(); p = late.nextSetBit(p + 1)) {
                onHave(c, p, now);
            }
        } else if (m instanceof PeerMessage.Extended e && c.speed != null) {
            speed.onExtended(c, e, now);
        }
        // Keep-alives only reset the idle timer (every read does); DHT ports, extension messages on a
        // connection without BTT Speed and unknown ids (other clients' extensions) are ignored.
    }

    private void onSignal(PeerConnection c, int id, long now) {
        switch (id) {
            case PeerMessage.CHOKE -> {
                c.peerChoking = true;
                if (c.requests != null && c.requests.outstanding() > 0) {
                    download.onChoked(c.requests);
                    fillAll(now);
                }
            }
            case PeerMessage.UNCHOKE -> {
                c.peerChoking = false;
                fill(c, now);
            }
            default -> {
                boolean interested = id == PeerMessage.INTERESTED;
                if (interested != c.isInterested()) {
                    c.recordInterest(interested);
                    // The simulator rechokes only when an unchoked peer's interest changes, as Choker.py
                    // does; a real peer also rechokes for a choked one, so that a newcomer gets a free slot
                    // at once instead of at the next round (libtorrent unchokes into free slots likewise).
                    rechoke(false, now);
                }
            }
        }
    }

    private void onHave(PeerConnection c, int piece, long now) {
        checkPiece(piece);
        if (c.remote.get(piece)) {
            return;
        }
        c.remote.set(piece);
        if (download == null) {
            if (c.remote.isComplete()) {
                closeIfBothSeeds(c, now);
            }
            return;
        }
        download.onHave(c.requests, piece);
        if (!have.get(piece) && !c.amInterested) {
            updateInterest(c, now);
        } else {
            fill(c, now);
        }
    }

    private void onBlockRequest(PeerConnection c, PeerMessage.BlockRequest r, long now) throws IOException {
        checkPiece(r.piece());
        int size = geometry.pieceLength(r.piece());
        if (r.length() == 0 || r.length() > settings.maxBlockRequest() || r.begin() > size - r.length()) {
            throw new WireException("request for bytes [" + r.begin() + ", +" + r.length() + ") of piece " + r.piece()
                    + " (" + size + " bytes, blocks up to " + settings.maxBlockRequest() + ")");
        }
        if (r.isCancel()) {
            c.cancelServeRequest(r.piece(), r.begin(), r.length());
            return;
        }
        if (c.amChoking || !have.get(r.piece())) {
            return; // BEP 3: requests from a choked peer are dropped; one for a piece we lack cannot be served
        }
        if (!c.addServeRequest(r.piece(), r.begin(), r.length())) {
            throw new WireException("more than " + settings.maxQueuedRequests() + " requests queued");
        }
        serve(c, now);
    }

    private void onBlock(PeerConnection c, PeerMessage.Piece p, long now) throws IOException {
        int piece = checkPiece(p.piece());
        int length = p.blockLength();
        int block = p.begin() / geometry.blockLength();
        if (p.begin() % geometry.blockLength() != 0 || block >= geometry.blocksInPiece(piece)
                || length != geometry.blockLength(piece, block)) {
            throw new WireException("block [" + p.begin() + ", +" + length + ") of piece " + piece + " is none we request");
        }
        c.recordReceived(now, length);
        bytesDownloaded += length;
        if (speed != null) {
            speed.onBlockReceived(c, length, now);
        }
        if (download == null) {
            return;
        }
        int outcome = download.onBlockReceived(c.requests, piece, block, now);
        if (outcome != PieceDownload.BLOCK_UNWANTED) {
            blockScratch.clear();
            p.copyBlockTo(blockScratch);
            storage.write(piece, p.begin(), blockScratch.flip());
            if (pieceSource[piece] == null) {
                pieceSource[piece] = c;
            } else if (pieceSource[piece] != c) {
                mixedSources.set(piece);
            }
            if (outcome == PieceDownload.PIECE_COMPLETE) {
                onPieceComplete(piece, now);
            }
        }
        if (download != null && c.isOpen()) {
            fill(c, now);
        }
    }

    private void onPieceComplete(int piece, long now) throws IOException {
        PeerConnection source = pieceSource[piece];
        boolean soleSource = !mixedSources.get(piece);
        pieceSource[piece] = null;
        mixedSources.clear(piece);
        if (!storage.verify(piece)) {
            download.onPieceFailed(piece);
            hashFailures++;
            // Only a peer that sent the whole piece is surely guilty: blaming every contributor would
            // let one liar get honest peers banned, by mixing its garbage into pieces they complete.
            // (libtorrent's "smart ban" compares blocks to find the liar in a mixed piece; we only
            // fetch such a piece again.)
            if (soleSource && ++source.hashFailures >= settings.maxHashFailures()) {
                banned.add(hex(source.peerId));
                fail(source, source.hashFailures + " pieces failed their hash with its data");
            }
            fillAll(now);
            return;
        }
        download.onPieceVerified(piece);
        for (PeerConnection c : connections) {
            // Also to peers that have sent nothing since their handshake (an empty peer sends no
            // BITFIELD): they learn of our pieces only this way.
            if (c.state != PeerConnection.HANDSHAKING) {
                send(c, new PeerMessage.Have(piece), now);
            }
            if (c.state == PeerConnection.ACTIVE && c.amInterested && !download.isInterestedIn(c.remote)) {
                updateInterest(c, now);
            }
        }
        if (download.isComplete()) {
            becomeSeed(now);
        }
    }

    private void becomeSeed(long now) {
        download = null;
        choker = seedChoker;
        if (speed != null) {
            speed.onDownloadComplete(peers, now);
        }
        for (PeerConnection c : peers) {
            c.requests = null;
            if (c.amInterested) {
                c.amInterested = false;
                send(c, PeerMessage.Signal.NOT_INTERESTED, now);
            }
            if (c.remote.isComplete()) {
                closeIfBothSeeds(c, now);
            }
        }
        publishStats(); // so that whoever waits on the completion reads final counts
        completion.complete(null);
        rechoke(false, now);
    }

    // ---- requesting ----------------------------------------------------------------------------------

    private void updateInterest(PeerConnection c, long now) {
        boolean interested = download != null && download.isInterestedIn(c.remote);
        if (interested != c.amInterested) {
            c.amInterested = interested;
            send(c, interested ? PeerMessage.Signal.INTERESTED : PeerMessage.Signal.NOT_INTERESTED, now);
        }
        fill(c, now);
    }

    /** Keeps the pipeline to an unchoking, interesting peer as deep as its sending rate asks. */
    private void fill(PeerConnection c, long now) {
        if (download == null || c.requests == null || c.peerChoking || !c.amInterested || !c.isOpen()) {
            return;
        }
        download.fillPipeline(c.requests, now, c.downloadRate(now));
    }

    /** Blocks freed by a choke, a departure, a failed piece or a timeout go to whoever has room. */
    private void fillAll(long now) {
        for (int i = 0; i < peers.size() && download != null; i++) {
            fill(peers.get(i), now);
        }
    }

    /** Where the piece download's REQUEST and CANCEL decisions go: onto the connection's socket. */
    private final class Sink implements RequestSink<PeerConnection> {
        @Override
        public void request(PeerConnection c, int piece, int block) {
            send(c, PeerMessage.BlockRequest.request(piece, block * geometry.blockLength(),
                    geometry.blockLength(piece, block)), clock.micros());
        }

        @Override
        public void cancel(PeerConnection c, int piece, int block) {
            send(c, PeerMessage.BlockRequest.cancel(piece, block * geometry.blockLength(),
                    geometry.blockLength(piece, block)), clock.micros());
        }
    }

    // ---- serving and choking ------------------------------------------------------------------------

    /** Reads requested blocks from disk while the write queue is short: the remote's reading paces us. */
    private void serve(PeerConnection c, long now) throws IOException {
        while (c.isOpen() && !c.amChoking && c.serveQueued() > 0 && c.queuedBytes() < settings.serveBelowBytes()) {
            int piece = c.servePiece();
            int begin = c.serveBegin();
            int length = c.serveLength();
            if (speed != null && !speed.mayServe(c, length)) {
                return; // held at the credit limit until a payment arrives
            }
            c.popServeRequest();
            ByteBuffer message = ByteBuffer.allocate(MESSAGE_HEADER + length);
            message.putInt(9 + length).put((byte) PeerMessage.PIECE).putInt(piece).putInt(begin);
            storage.read(piece, begin, message);
            c.recordSent(now, length);
            bytesUploaded += length;
            if (speed != null) {
                speed.onServed(c, length);
            }
            send(c, message.flip(), now);
        }
    }

    private void round(long now) {
        if (speed != null) {
            speed.onRound(peers, bytesRemaining(), now);
        }
        rechoke(true, now);
        if (download != null) {
            boolean any = false;
            for (PeerConnection c : peers) {
                if (c.requests != null) {
                    any |= download.expireRequests(c.requests, now) > 0;
                }
            }
            if (any) {
                fillAll(now);
            }
        }
    }

    private void rechoke(boolean periodic, long now) {
        if (periodic) {
            choker.onRound(peers, now, random);
        } else {
            choker.onPeersChanged(peers, now, random);
        }
        for (PeerConnection c : peers) {
            if (c.isChoked() == c.amChoking || !c.isOpen()) {
                continue;
            }
            c.amChoking = c.isChoked();
            if (c.amChoking) {
                c.clearServeRequests();
                send(c, PeerMessage.Signal.CHOKE, now);
            } else {
                c.recordUnchoked(now);
                send(c, PeerMessage.Signal.UNCHOKE, now);
            }
        }
    }

    // ---- writing, timeouts and closing -------------------------------------------------------------

    private void send(PeerConnection c, PeerMessage m, long now) {
        ByteBuffer out = ByteBuffer.allocate(m.wireLength());
        m.writeTo(out);
        send(c, out.flip(), now);
    }

    /** Queues bytes and writes at once what the socket takes; a peer whose queue overflows is dropped. */
    private void send(PeerConnection c, ByteBuffer bytes, long now) {
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

    private void checkTimeouts(long now) {
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
            if (speed != null && c.isOpen()) {
                tickSpeed(c, now);
            }
        }
    }

    /** BTT Speed's retries, and the close of a settling connection once it is settled or out of time. */
    private void tickSpeed(PeerConnection c, long now) {
        try {
            speed.onTick(c, now);
        } catch (WireException e) {
            fail(c, "protocol error: " + e.getMessage());
            return;
        }
        if (c.state == PeerConnection.ACTIVE && download == null && c.remote.isComplete()) {
            closeIfBothSeeds(c, now);
        }
    }

    /**
     * Two seeds have nothing to exchange, so the connection closes, but a paid one first settles:
     * the debt paid and the channels closed ({@link BttSpeed#holdsOpen}); the ticks come back here.
     */
    private void closeIfBothSeeds(PeerConnection c, long now) {
        if (speed == null || !speed.holdsOpen(c, now)) {
            fail(c, "both peers are seeds");
        }
    }

    /** Marks the connection for closing; {@link #closeFailed} closes it between events, so that loops over connections stay valid. */
    private void fail(PeerConnection c, String reason) {
        if (c.closeReason == null) {
            c.closeReason = reason;
        }
    }

    private void closeFailed() {
        boolean closed = false;
        for (boolean any = true; any; ) {
            any = false;
            for (int i = connections.size() - 1; i >= 0; i--) {
                PeerConnection c = connections.get(i);
                if (c.closeReason != null) {
                    connections.remove(i);
                    close(c);
                    any = true;
                    closed = true;
                }
            }
        }
        if (closed && download != null && connections.isEmpty() && toConnect.isEmpty() && server == null) {
            // Nobody can connect to a peer that does not listen: with its last connection gone, it is stuck.
            publishStats();
            completion.completeExceptionally(new IOException("every peer disconnected with "
                    + (geometry.pieceCount() - have.count()) + " of " + geometry.pieceCount() + " pieces missing"));
        }
    }

    private void close(PeerConnection c) {
        LOG.log(System.Logger.Level.DEBUG, "closing {0}: {1}", c, c.closeReason);
        closeQuietly(c.channel);
        if (speed != null) {
            speed.onClosed(c);
        }
        if (peers.remove(c)) {
            long now = clock.micros();
            if (c.requests != null && download != null) {
                boolean freed = c.requests.outstanding() > 0;
                download.onPeerLeft(c.requests);
                if (freed) {
                    fillAll(now);
                }
            }
            rechoke(false, now);
        }
    }

    private void releaseAll() {
        for (PeerConnection c : connections) {
            closeQuietly(c.channel);
        }
        connections.clear();
        peers.clear();
        try {
            if (server != null) {
                server.close();
            }
            selector.close();
            storage.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the peer failed: {0}", e.toString());
        }
        publishStats();
    }

    private void publishStats() {
        int handshaken = 0;
        for (PeerConnection c : connections) {
            if (c.state != PeerConnection.HANDSHAKING) {
                handshaken++;
            }
        }
        if (speed != null) {
            speedStats = speed.stats(connections);
        }
        stats = new PeerStats(have.count(), geometry.pieceCount(), connections.size(), handshaken, bytesDownloaded,
                bytesUploaded, hashFailures, banned.size(), peakConnectionBytes);
    }

    private void runLoopTasks() {
        for (Runnable task; (task = loopTasks.poll()) != null; ) {
            task.run();
        }
        closeFailed();
    }

    /** Payload bytes of the pieces we still lack, for the bid strategy. */
    private long bytesRemaining() {
        long remaining = 0;
        for (int p = 0; p < geometry.pieceCount() && download != null; p++) {
            if (!have.get(p)) {
                remaining += geometry.pieceLength(p);
            }
        }
        return remaining;
    }

    /** What BTT Speed does through the peer; all of it on the loop's thread but {@link #runInLoop}. */
    private final class SpeedHost implements BttSpeed.Host {
        @Override
        public void send(PeerConnection c, PeerMessage message) {
            TorrentPeer.this.send(c, message, clock.micros());
        }

        @Override
        public void serve(PeerConnection c) {
            try {
                TorrentPeer.this.serve(c, clock.micros());
            } catch (IOException e) {
                fail(c, e.toString());
            }
        }

        @Override
        public void runInLoop(Runnable task) {
            loopTasks.add(task);
            selector.wakeup();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private int checkPiece(int piece) {
        if (piece >= geometry.pieceCount()) {
            throw new WireException("piece " + piece + " of " + geometry.pieceCount());
        }
        return piece;
    }

    /** A policy with its default parameters. */
    private static <T> T create(PolicyRegistry<T> registry, String name) {
        PolicyRegistry.Entry<T> entry = registry.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + registry.kind() + " '" + name + "'; known: " + registry.names()));
        return entry.create(entry.defaults());
    }

    /** Azureus-style: "-AT0100-" and twelve random printable characters. */
    private static byte[] newPeerId(UniformRandomProvider random) {
        byte[] id = "-AT0100-000000000000".getBytes(StandardCharsets.US_ASCII);
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
        for (int i = 8; i < id.length; i++) {
            id[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return id;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(2 * bytes.length);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >>> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return s.toString();
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
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
