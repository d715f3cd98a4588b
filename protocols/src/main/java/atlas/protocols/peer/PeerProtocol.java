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
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * BEP 3 as a {@link TorrentPeer} speaks it on its {@link PeerSockets}: it drives {@link PieceDownload}
 * and, through {@link UploadSlots}, the {@link Choker} with the protocol events the simulator's
 * {@code Peer} and {@code Link} use, has the {@link Uploader} serve requests, and runs
 * {@link BttSpeed} where both ends take part. Two differences are deliberate: a new connection and
 * a choked peer's change of interest also recompute the unchoke set (a newcomer gets a free slot
 * at once, as libtorrent gives it; waiting for the round, as the simulator and mainline do, made
 * the protocol module's tests take 9 minutes instead of 35 s), and the choker's upload weights
 * (see {@link atlas.protocols.choke.PropShareChoker}) apply only under an upload limit
 * ({@link PeerSettings#uploadLimit()}), which the {@link UploadShaper} shares by them; without one,
 * each unchoked peer gets what its socket drains, as in libtorrent, whose peer priorities too only
 * split a rate limit.
 *
 * <p>Connection life: handshake first (ours right away on outgoing connections, after the remote's
 * on incoming ones; a wrong info-hash closes the connection), then an optional BITFIELD as the very
 * first message, then the other messages (a late BITFIELD, which aria2 sends, adds pieces as HAVEs
 * would). We request only while the remote unchokes us. Every piece is checked against its SHA-1
 * before we announce it; a piece that fails goes back to the picker, and {@link PieceBlame} decides
 * whom it strikes. Two seeds close their connection, once BTT Speed has settled it. A peer that
 * leaves ({@link #leave}) chokes everyone, requests nothing more and lets BTT Speed settle; the
 * {@link TorrentPeer} closes everything once {@link #settled}.
 */
final class PeerProtocol implements PeerSockets.Handler {

    private final Metainfo metainfo;
    private final PieceStorage storage;
    private final PeerSettings settings;
    private final Clock clock;
    private final PieceGeometry geometry;
    private final Bitfield have;
    private final byte[] peerId;
    private final byte[] handshake;
    /** Made here, as they report their events to this protocol. */
    final PeerSockets sockets;

    /** The download in progress; null once we have every piece. */
    private PieceDownload<PeerConnection> download;
    /** Connections past the handshake and the first message: what the choker sees. */
    private final List<PeerConnection> peers = new ArrayList<>();
    private final UploadSlots slots;
    private final Uploader uploader;
    private final PieceBlame blame;
    private final ByteBuffer blockScratch;
    /** Completes once every piece is verified; fails once no peer is left to download from. */
    final CompletableFuture<Void> completion = new CompletableFuture<>();
    /** BTT Speed, or null for a peer of the plain protocol. */
    private final BttSpeed speed;
    private volatile PeerStats stats;
    private volatile SpeedStats speedStats = SpeedStats.NONE;

    private long bytesDownloaded;
    private int hashFailures;
    /** We leave: no slot, no request, no interest any more. */
    private boolean leaving;

    PeerProtocol(Metainfo metainfo, PieceStorage storage, Bitfield have, PeerSettings settings,
                 SpeedSettings speedSettings, Clock clock, UniformRandomProvider random) throws IOException {
        this.metainfo = metainfo;
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
        this.geometry = PieceGeometry.of(metainfo.totalLength(), metainfo.pieceLength());
        Choker seedChoker = create(Chokers.SEED, settings.seedChoker());
        Choker choker;
        if (have.isComplete()) {
            this.have = have;
            choker = seedChoker;
            completion.complete(null);
        } else {
            this.download = new PieceDownload<>(geometry, have, create(PiecePickers.REGISTRY, settings.picker()),
                    settings.requests(), new Sink(), random);
            this.have = download.have();
            choker = create(Chokers.LEECHER, settings.leecherChoker());
        }
        this.peerId = newPeerId(random);
        // Only a peer that takes part in BTT Speed sets the BEP 10 bit: it has no other extension.
        this.handshake = Handshake.of(metainfo.infoHash(), peerId, speedSettings != null).toBytes();
        // The longest message we accept: a block of the largest size we request, or the bitfield.
        int maxMessageLength = Math.max(Math.max(geometry.blockLength(), 1 << 14) + 9, 1 + (geometry.pieceCount() + 7) / 8);
        this.blockScratch = ByteBuffer.allocate(maxMessageLength);
        this.blame = new PieceBlame(geometry.pieceCount(), settings.maxHashFailures());
        this.sockets = new PeerSockets(settings, maxMessageLength, clock, this);
        this.speed = speedSettings == null ? null
                : new BttSpeed(speedSettings, new SpeedHost(), clock, geometry.blockLength());
        this.slots = new UploadSlots(sockets, random, choker, seedChoker);
        this.uploader = new Uploader(sockets, storage, settings, this.have, speed, clock.micros());
        if (speed != null) {
            speed.onRound(peers, bytesRemaining(), clock.micros()); // the first bid, for the first greetings
        }
        publishStats();
    }

    PeerStats stats() {
        return stats;
    }

    SpeedStats speedStats() {
        return speedStats;
    }

    /** Snapshots the counters for other threads. */
    void publishStats() {
        int handshaken = 0;
        for (PeerConnection c : sockets.connections()) {
            if (c.state != PeerConnection.HANDSHAKING) {
                handshaken++;
            }
        }
        if (speed != null) {
            speedStats = speed.stats(sockets.connections());
        }
        stats = new PeerStats(have.count(), geometry.pieceCount(), sockets.connections().size(), handshaken,
                bytesDownloaded, uploader.bytesUploaded(), hashFailures, blame.bannedCount(),
                sockets.peakConnectionBytes());
    }

    // ---- connections -----------------------------------------------------------------------------

    /** Our handshake goes first on our own connections. */
    @Override
    public void onConnected(PeerConnection c, long now) {
        sockets.send(c, ByteBuffer.wrap(handshake), now);
    }

    @Override
    public void onHandshake(PeerConnection c, Handshake h, long now) throws IOException {
        if (!h.infoHash().equals(metainfo.infoHash())) {
            throw new WireException("wrong info-hash " + h.infoHash());
        }
        byte[] id = h.peerId();
        if (Arrays.equals(id, peerId)) {
            sockets.fail(c, "connected to ourselves");
            return;
        }
        if (blame.isBanned(id)) {
            sockets.fail(c, "banned peer");
            return;
        }
        c.peerId = id;
        if (!c.outgoing) {
            sockets.send(c, ByteBuffer.wrap(handshake), now);
        }
        if (have.count() > 0) {
            sockets.send(c, PeerMessage.BitfieldMessage.of(have), now);
        }
        if (speed != null && h.supportsExtensions()) {
            // After the BITFIELD, which BEP 3 wants first; libtorrent orders them alike.
            speed.open(c, sockets.isListening() ? sockets.localPort() : 0, settings.maxQueuedRequests());
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
            sockets.fail(c, "both peers are seeds");
            return;
        }
        if (download != null) {
            c.requests = download.onPeerConnected(c, remote);
            updateInterest(c, now);
        }
        slots.rechoke(peers, false, now);
    }

    @Override
    public void onClosed(PeerConnection c) {
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
            slots.rechoke(peers, false, now);
        }
    }

    /** Nobody can connect to a peer that does not listen: with its last connection gone, it is stuck. */
    @Override
    public void onIsolated() {
        if (download != null) {
            publishStats();
            completion.completeExceptionally(new IOException("every peer disconnected with "
                    + (geometry.pieceCount() - have.count()) + " of " + geometry.pieceCount() + " pieces missing"));
        }
    }

    // ---- messages ----------------------------------------------------------------------------------

    @Override
    public void onMessage(PeerConnection c, PeerMessage m, long now) throws IOException {
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
            checkRequest(r);
            uploader.onRequest(c, r, now);
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
                    if (slots.rechokesOnInterest(peers, c)) {
                        slots.rechoke(peers, false, now);
                    }
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
            blame.onBlockStored(piece, c);
            if (outcome == PieceDownload.PIECE_COMPLETE) {
                onPieceComplete(piece, now);
            }
        }
        if (download != null && c.isOpen()) {
            fill(c, now);
        }
    }

    private void onPieceComplete(int piece, long now) throws IOException {
        PeerConnection soleSource = blame.onPieceComplete(piece);
        if (!storage.verify(piece)) {
            download.onPieceFailed(piece);
            hashFailures++;
            if (soleSource != null && blame.strike(soleSource)) {
                sockets.fail(soleSource, soleSource.hashFailures + " pieces failed their hash with its data");
            }
            fillAll(now);
            return;
        }
        download.onPieceVerified(piece);
        for (PeerConnection c : sockets.connections()) {
            // Also to peers that have sent nothing since their handshake (an empty peer sends no
            // BITFIELD): they learn of our pieces only this way.
            if (c.state != PeerConnection.HANDSHAKING) {
                sockets.send(c, new PeerMessage.Have(piece), now);
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
        slots.onSeeding();
        if (speed != null) {
            speed.onDownloadComplete(peers, now);
        }
        for (PeerConnection c : peers) {
            c.requests = null;
            if (c.amInterested) {
                c.amInterested = false;
                sockets.send(c, PeerMessage.Signal.NOT_INTERESTED, now);
            }
            if (c.remote.isComplete()) {
                closeIfBothSeeds(c, now);
            }
        }
        publishStats(); // so that whoever waits on the completion reads final counts
        completion.complete(null);
        slots.rechoke(peers, false, now);
    }

    // ---- requesting ----------------------------------------------------------------------------------

    private void updateInterest(PeerConnection c, long now) {
        boolean interested = download != null && !leaving && download.isInterestedIn(c.remote);
        if (interested != c.amInterested) {
            c.amInterested = interested;
            sockets.send(c, interested ? PeerMessage.Signal.INTERESTED : PeerMessage.Signal.NOT_INTERESTED, now);
        }
        fill(c, now);
    }

    /** Keeps the pipeline to an unchoking, interesting peer as deep as its sending rate asks. */
    private void fill(PeerConnection c, long now) {
        if (download == null || leaving || c.requests == null || c.peerChoking || !c.amInterested || !c.isOpen()) {
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
            sockets.send(c, PeerMessage.BlockRequest.request(piece, block * geometry.blockLength(),
                    geometry.blockLength(piece, block)), clock.micros());
        }

        @Override
        public void cancel(PeerConnection c, int piece, int block) {
            sockets.send(c, PeerMessage.BlockRequest.cancel(piece, block * geometry.blockLength(),
                    geometry.blockLength(piece, block)), clock.micros());
        }
    }

    // ---- uploading ---------------------------------------------------------------------------------

    @Override
    public void onWritable(PeerConnection c, long now) throws IOException {
        uploader.serve(c, now);
    }

    /** A choking round, which also expires requests left unanswered; returns the time until the next. */
    long round(long now) {
        if (speed != null) {
            speed.onRound(peers, bytesRemaining(), now);
        }
        slots.rechoke(peers, true, now);
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
        return slots.roundInterval();
    }

    /** Whether uploads are held to a limit: then {@link #shapeUploads} must run every {@link UploadShaper#REFILL_MICROS}. */
    boolean isUploadShaped() {
        return uploader.isShaped();
    }

    /** Grants the unchoked peers their shares of the upload limit, by upload weight, and serves what they let out. */
    void shapeUploads(long now) {
        uploader.refill(peers, now);
    }

    // ---- BTT Speed -----------------------------------------------------------------------------------

    /** The peer's own tick, after its connections': channels closed connections left unsettled move on. */
    void onTick() {
        if (speed != null) {
            speed.onTick();
        }
    }

    /** BTT Speed's retries, and the close of a settling connection once it is settled or out of time. */
    @Override
    public void onTick(PeerConnection c, long now) {
        if (speed == null) {
            return;
        }
        try {
            speed.onTick(c, now);
        } catch (WireException e) {
            sockets.fail(c, "protocol error: " + e.getMessage());
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
            sockets.fail(c, "both peers are seeds");
        }
    }

    /**
     * We leave on purpose: we choke everyone (their queued requests dropped, so no block follows),
     * lose interest, and BTT Speed withdraws our bid and tells the peers that owe us that we leave.
     * Blocks we requested before may still arrive, and are paid for.
     */
    void leave(long now) {
        leaving = true;
        slots.stop(peers, now);
        for (PeerConnection c : peers) {
            updateInterest(c, now);
        }
        if (speed != null) {
            speed.leave(peers, now);
        }
    }

    /** Whether a leaving peer may close its connections: none is still settling ({@link BttSpeed#holdsOpen}) or out of time. */
    boolean settled(long now) {
        if (speed == null) {
            return true;
        }
        for (PeerConnection c : sockets.connections()) {
            if (speed.holdsOpen(c, now)) {
                return false;
            }
        }
        return true;
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
            sockets.send(c, message, clock.micros());
        }

        @Override
        public void serve(PeerConnection c) {
            try {
                uploader.serve(c, clock.micros());
            } catch (IOException e) {
                sockets.fail(c, e.toString());
            }
        }

        @Override
        public void runInLoop(Runnable task) {
            sockets.runInLoop(task);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private int checkPiece(int piece) {
        if (piece >= geometry.pieceCount()) {
            throw new WireException("piece " + piece + " of " + geometry.pieceCount());
        }
        return piece;
    }

    private void checkRequest(PeerMessage.BlockRequest r) {
        checkPiece(r.piece());
        int size = geometry.pieceLength(r.piece());
        if (r.length() == 0 || r.length() > settings.maxBlockRequest() || r.begin() > size - r.length()) {
            throw new WireException("request for bytes [" + r.begin() + ", +" + r.length() + ") of piece " + r.piece()
                    + " (" + size + " bytes, blocks up to " + settings.maxBlockRequest() + ")");
        }
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
}
