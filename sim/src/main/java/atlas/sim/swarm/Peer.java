package atlas.sim.swarm;

import atlas.protocols.chain.SignedState;
import atlas.protocols.choke.Choker;
import atlas.protocols.piece.Bitfield;
import atlas.protocols.piece.PieceDownload;
import atlas.protocols.piece.PieceGeometry;
import atlas.protocols.piece.RequestSink;
import atlas.sim.engine.Event;
import atlas.sim.engine.Timer;
import atlas.sim.net.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A simulated peer. It drives the protocol module's {@link PieceDownload} and {@link Choker}
 * exactly as a real client would, with protocol events (connections, messages, verified pieces)
 * instead of sockets; what it adds is the peer's life: arrival, announcing, seeding, leaving.
 */
final class Peer implements RequestSink<Link> {
    final Swarm swarm;
    final int id;
    /** Its seat ({@link Seats}) while present: its index in the swarm-wide broadcast tables. */
    final int seat;
    final String peerClass;
    final boolean initialSeed;
    final Node node;
    final PieceGeometry geometry;
    /** The pieces this peer has; its neighbours' piece downloads read it as the remote bitfield. */
    final Bitfield have;
    /** The download in progress; null once the peer has every piece, to free its state. */
    PieceDownload<Link> download;
    private final Choker leecherChoker;
    private final Choker seedChoker;
    private Choker choker;
    final UniformRandomProvider chokeRandom;
    /** Its part in the token economy; null without one or if it does not take part. */
    final Wallet wallet;
    final List<Link> links = new ArrayList<>();
    /** The neighbours its HAVEs visit: those not complete; none once it is a seed, which sends no HAVE. */
    final BroadcastList haveTargets = new BroadcastList();
    int pendingConnections;

    final long arrivedAt;
    long completedAt = -1;
    long departedAt = -1;
    /** How long this peer seeds after completing, drawn on arrival. */
    final long seedingTime;
    /** Once complete, it leaves when it has uploaded this much; PeerSpec.NEVER for no such limit. */
    private final long stopUploadBytes;
    /** Its threshold under a reviewing seeding model, NaN under others. */
    final double seedingThreshold;
    /** Its periodic seeding decisions once complete; null unless its model reviews. */
    private SeedingReviewer seedingReviewer;
    final boolean countedAsSeed;
    long bytesUp;
    long bytesDown;
    long overheadBytes;
    /** Payload received and not used: see {@link atlas.sim.output.PeerRecord#wastedBytes()}. */
    long wastedBytes;
    private long lastAnnounceAt = Long.MIN_VALUE;

    private final Timer roundTimer;
    private final Timer announceTimer;
    final Timer departureTimer;

    Peer(Swarm swarm, PeerSpec spec, int seat, long now) {
        this.swarm = swarm;
        this.id = spec.id();
        this.seat = seat;
        this.peerClass = spec.peerClass();
        this.initialSeed = spec.initialSeed();
        this.node = swarm.network.node(spec.upload(), spec.download());
        this.geometry = swarm.geometry;
        this.arrivedAt = now;
        this.seedingTime = spec.seedingTime();
        this.stopUploadBytes = spec.stopUploadBytes();
        this.seedingThreshold = spec.seedingThreshold();
        this.chokeRandom = swarm.streams.stream(atlas.sim.engine.RandomStreams.Purpose.CHOKING, id);
        this.leecherChoker = swarm.newLeecherChoker();
        this.seedChoker = swarm.newSeedChoker();
        if (initialSeed) {
            this.have = Bitfield.full(geometry.pieceCount());
            this.choker = seedChoker;
            this.completedAt = now;
        } else {
            this.download = swarm.newDownload(this);
            this.have = download.have();
            this.choker = leecherChoker;
        }
        this.countedAsSeed = initialSeed;
        this.wallet = swarm.economy == null ? null : swarm.economy.join(spec);
        this.roundTimer = swarm.engine.timer(this::onRound, Swarm.PRIORITY_PEER);
        this.announceTimer = swarm.engine.timer(this::announce, Swarm.PRIORITY_PEER);
        this.departureTimer = swarm.engine.timer(this::depart, Swarm.PRIORITY_LIFECYCLE);
    }

    long roundInterval() {
        return choker.roundInterval();
    }

    boolean isSeed() {
        return download == null;
    }

    boolean isPresent() {
        return departedAt < 0;
    }

    /** Payload bytes it still lacks. */
    long bytesRemaining() {
        int pieces = geometry.pieceCount();
        long held = (long) have.count() * geometry.pieceLength();
        if (have.get(pieces - 1)) {
            held -= geometry.pieceLength() - geometry.pieceLength(pieces - 1);
        }
        return geometry.totalLength() - held;
    }

    /** Starts the peer's periodic work; rounds start at a random phase so peers do not rechoke in lockstep. */
    void start(long firstRoundDelay) {
        if (wallet != null && wallet.strategy != null) {
            // Its first bid goes out with its first greetings, as the protocol's peer bids on starting,
            // not at its first round, up to a round later, with every block before it free.
            swarm.economy.updateBid(this);
        }
        roundTimer.scheduleIn(firstRoundDelay);
        announce();
    }

    // ---- tracker and connections -----------------------------------------------------------

    private void announce() {
        long now = swarm.engine.now();
        lastAnnounceAt = now;
        swarm.announce(this);
        announceTimer.schedule(now + swarm.tracker.announceInterval());
    }

    boolean isConnectedTo(Peer other) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).remote() == other) {
                return true;
            }
        }
        return false;
    }

    int connectionCount() {
        return links.size() + pendingConnections;
    }

    void addLink(Link link) {
        links.add(link);
        if (!isSeed() && !link.remoteComplete()) {
            haveTargets.add(link);
        }
    }

    /** A new connection is set up (handshake and BITFIELD exchanged). */
    void onConnected(Link link) {
        overheadBytes += Wire.HANDSHAKE_BYTES;
        if (have.count() > 0) {
            overheadBytes += Wire.bitfieldBytes(geometry.pieceCount());
        }
        if (download == null) {
            return;
        }
        Bitfield remote = link.remote().have;
        link.requests = download.onPeerConnected(link, remote);
        link.setWanted(missingFrom(remote));
        updateInterest(link);
    }

    /** How many of the remote's pieces this peer lacks. */
    private int missingFrom(Bitfield remote) {
        if (remote.isComplete()) {
            return remote.size() - have.count();
        }
        int missing = 0;
        for (int p = remote.nextSetBitAndNot(have, 0); p >= 0; p = remote.nextSetBitAndNot(have, p + 1)) {
            missing++;
        }
        return missing;
    }

    /** A connection closed (by either side); {@code link} is this peer's end. */
    void onDisconnected(Link link) {
        links.remove(link);
        haveTargets.remove(link.slot);
        if (download != null && link.requests != null) {
            countPendingHaves();
            boolean freedRequests = link.requests.outstanding() > 0;
            download.onPeerLeft(link.requests);
            if (freedRequests && isPresent()) {
                fillAll();
            }
        }
        if (!link.amChoking && isPresent()) {
            rechoke(false);
        }
        if (isPresent() && connectionCount() < swarm.tracker.reannounceBelow()) {
            reannounceSoon();
        }
    }

    /**
     * Too few connections: announce now, or as soon as the tracker's minimum interval allows. A
     * peer whose neighbours all left within a minute of its last announce would otherwise wait
     * for its regular announce, half an hour away, connected to nobody.
     */
    private void reannounceSoon() {
        long earliest = lastAnnounceAt + swarm.tracker.minReannounceInterval();
        if (swarm.engine.now() >= earliest) {
            announce();
        } else if (announceTimer.time() > earliest) {
            announceTimer.schedule(earliest);
        }
    }

    // ---- messages ---------------------------------------------------------------------------

    void onMessage(Link link, long message) {
        switch (Wire.type(message)) {
            case Wire.CHOKE:
                link.setPeerChoking(true);
                if (download != null && link.requests.outstanding() > 0) {
                    download.onChoked(link.requests);
                    fillAll();
                }
                break;
            case Wire.UNCHOKE:
                link.setPeerChoking(false);
                fill(link);
                break;
            case Wire.INTERESTED:
            case Wire.NOT_INTERESTED:
                link.recordInterest(Wire.type(message) == Wire.INTERESTED);
                link.idleSince = -1;
                if (choker.rechokesOnInterest(links, link)) {
                    rechoke(false);
                }
                break;
            case Wire.REQUEST:
                if (link.acceptsRequests()) {
                    link.enqueueRequest(Wire.piece(message), Wire.block(message));
                }
                break;
            case Wire.CANCEL:
                link.cancelRequest(Wire.piece(message), Wire.block(message));
                break;
            case Wire.PIECE:
                onBlock(link, Wire.piece(message), Wire.block(message));
                break;
            case Wire.BID:
                swarm.economy.onBid(link, Wire.value(message));
                break;
            case Wire.PRICE:
                swarm.economy.onPrice(link, Wire.value(message));
                break;
            case Wire.CHANNEL:
                swarm.economy.onChannel(link, (PaidChannel) link.payments.inbox.removeFirst());
                break;
            case Wire.PAYMENT:
                swarm.economy.onPayment(link, (SignedState) link.payments.inbox.removeFirst());
                break;
            case Wire.RECEIPT:
                swarm.economy.onReceipt(link, (SignedState) link.payments.inbox.removeFirst());
                break;
            default:
                throw new IllegalStateException("unexpected message type " + Wire.type(message));
        }
    }

    /** Payload that reached this peer and that it cannot use: a block cut short, or one still on the wire at a close. */
    void receiveUnused(long bytes) {
        bytesDown += bytes;
        wastedBytes += bytes;
    }

    private void onBlock(Link link, int piece, int block) {
        long now = swarm.engine.now();
        int bytes = geometry.blockLength(piece, block);
        bytesDown += bytes;
        link.recordReceived(now, bytes);
        swarm.onPayloadDelivered(bytes);
        if (wallet != null) {
            swarm.economy.onBlock(link, bytes);
        }
        if (download == null) {
            wastedBytes += bytes;
            return;
        }
        int outcome = download.onBlockReceived(link.requests, piece, block, now);
        if (outcome == PieceDownload.BLOCK_UNWANTED) {
            wastedBytes += bytes;
        } else if (outcome == PieceDownload.PIECE_COMPLETE) {
            onPieceVerified(piece);
        }
        if (download != null && link.other != null) {
            fill(link);
        }
    }

    /** Keeps the pipeline to an unchoking, interesting peer full, as deep as its sending rate asks. */
    private void fill(Link link) {
        if (download == null || link.peerChoking() || !link.amInterested()) {
            return;
        }
        long now = swarm.engine.now();
        double rate = link.downloadRate(now);
        if (link.requests.outstanding() < swarm.requestSettings.depth(rate, geometry.blockLength())) {
            countPendingHaves();
            download.fillPipeline(link.requests, now, rate);
        }
    }

    /**
     * Requests freed by a choke, a departure or a timeout go to whichever unchoking peers have room,
     * as mainline's Downloader re-requests lost blocks from its other connections.
     */
    private void fillAll() {
        for (int i = 0; i < links.size() && download != null; i++) {
            fill(links.get(i));
        }
    }

    /**
     * Counts the HAVEs received since the last count ({@link PendingHaves}) in the availability,
     * in the order they came. Counting waits until the availability is next read (a pick, or a
     * departure's uncounting), so a peer counts a run of HAVEs at once while its own state is in
     * cache. A peer counted as a seed (complete when it connected) never sends a HAVE, so each
     * counts as one holder, as {@link PieceDownload#onHave} would count it; going to the
     * availability directly spares reading every sender's connection state, out of cache by now.
     */
    private void countPendingHaves() {
        swarm.pendingHaves.countInto(seat, download.availability());
    }

    private void updateInterest(Link link) {
        boolean interested = download != null && link.wanted() > 0;
        if (interested == link.amInterested()) {
            return;
        }
        link.setAmInterested(interested);
        link.send(interested ? Wire.INTERESTED : Wire.NOT_INTERESTED, 0, 0);
        fill(link);
    }

    /**
     * A piece passed its check. HAVE reaches every neighbour at once rather than after the link
     * latency: HAVEs are by far the most numerous messages, and tens of milliseconds matter little
     * against the seconds a piece takes (delivering what they trigger one latency later moved no
     * metric measurably; the README gives the figures); their bytes are still counted.
     *
     * <p>This loop is the hottest of a big swarm. It reads the connection's {@link LinkStates} and
     * the neighbour's bit in {@link PieceHolders}, compact tables found in cache far more often
     * than the neighbours' own objects; a neighbour lacking the piece gets it appended to its
     * {@link PendingHaves} and is called only when the HAVE changes what it does: its interest
     * turns on, or it may request at once. A complete neighbour has the piece, and our count of
     * its pieces we lack is then just the pieces we lack (see {@link Link#wanted}), which reaches
     * zero with our last piece: only that broadcast visits complete neighbours
     * ({@link BroadcastList}).
     */
    private void onPieceVerified(int piece) {
        download.onPieceVerified(piece);
        swarm.holders.set(seat, piece);
        swarm.onPieceGained(piece);
        overheadBytes += (long) Wire.HAVE_BYTES * links.size();
        boolean last = download.isComplete();
        BroadcastList targets = haveTargets;
        if (last) {
            targets = swarm.scratchBroadcast();
            targets.setToAll(links);
        }
        int n = targets.size;
        int[] slots = targets.slots;
        int[] remotes = targets.remotes;
        Link[] backs = targets.backs;
        PieceHolders holders = swarm.holders;
        PendingHaves pending = swarm.pendingHaves;
        int[] states = swarm.linkStates.array();
        // Two passes: the first only loads, each load independent of the others, so the processor
        // has many in flight at once rather than one after another behind the second pass's
        // unpredictable branches. Each visit changes only its own connection's states.
        int[] theirStates = swarm.scratchInts(n);
        boolean[] remoteHas = swarm.scratchFlags(n);
        for (int i = 0; i < n; i++) {
            theirStates[i] = states[slots[i] ^ 1];
            remoteHas[i] = holders.has(remotes[i], piece);
        }
        for (int i = 0; i < n; i++) {
            int slot = slots[i];
            int theirs = theirStates[i];
            if ((theirs & LinkStates.COMPLETE) != 0) {
                states[slot] &= ~LinkStates.WANTS;
                updateInterest(backs[i].other);
            } else if (remoteHas[i]) {
                if ((--states[slot] & LinkStates.WANTS) == 0) {
                    updateInterest(backs[i].other);
                }
            } else {
                pending.add(remotes[i], piece);
                states[slot ^ 1] = theirs + 1;
                if ((theirs & LinkStates.WANTS) == 0) {
                    Link back = backs[i];
                    back.local.updateInterest(back);
                } else if ((theirs & LinkStates.REQUESTING) != 0) {
                    Link back = backs[i];
                    back.local.fill(back);
                }
            }
        }
        if (last) {
            targets.clear();
            becomeSeed();
        }
    }

    private void becomeSeed() {
        long now = swarm.engine.now();
        completedAt = now;
        download = null;
        swarm.pendingHaves.release(seat);
        haveTargets.clear();
        choker = seedChoker;
        for (int i = links.size() - 1; i >= 0; i--) {
            Link link = links.get(i);
            link.setAmInterested(false);
            link.markLocalComplete();
            link.remote().haveTargets.remove(link.other.slot);
            if (link.remote().isSeed()) {
                swarm.disconnect(link);
            }
        }
        swarm.onCompleted(this);
        if (wallet != null) {
            swarm.economy.onDownloadComplete(this);
        }
        if (bytesUp >= stopUploadBytes) {
            departureTimer.schedule(now);
        } else if (seedingTime != PeerSpec.NEVER) {
            departureTimer.schedule(now + seedingTime);
        }
        if (!Double.isNaN(seedingThreshold)) {
            seedingReviewer = swarm.economy.reviewSeeding(this);
        }
        rechoke(false);
    }

    /**
     * A block left this peer. A seed whose model stops at an upload ratio leaves once it is
     * reached: through its departure timer, now, so the connection that sent the block is not
     * closed under the transfer that is reporting it.
     */
    void onUploaded(long bytes) {
        bytesUp += bytes;
        if (bytesUp >= stopUploadBytes && download == null && isPresent()) {
            departureTimer.schedule(swarm.engine.now());
        }
    }

    // ---- choking ----------------------------------------------------------------------------

    private void onRound() {
        long now = swarm.engine.now();
        dropIdleConnections(now);
        rechoke(true);
        if (wallet != null && wallet.strategy != null) {
            swarm.economy.updateBid(this);
        }
        if (download != null) {
            boolean[] expired = swarm.scratchFlags(links.size());
            boolean any = false;
            for (int i = 0; i < links.size(); i++) {
                expired[i] = download.expireRequests(links.get(i).requests, now) > 0;
                any |= expired[i];
            }
            // The peers that did not time out get the first chance at the freed blocks.
            for (int pass = 0; any && pass < 2; pass++) {
                for (int i = 0; i < links.size() && download != null; i++) {
                    if (expired[i] == (pass == 1)) {
                        fill(links.get(i));
                    }
                }
            }
        }
        roundTimer.schedule(now + choker.roundInterval());
    }

    /**
     * Closes the connections on which neither peer has been interested for the idle timeout
     * (libtorrent's {@code inactivity_timeout}): a peer at max-connections whose neighbours have
     * nothing for it, nor it for them, would otherwise never meet others; closes make room, and below
     * reannounce-below it announces again ({@link #onDisconnected}), else at its next regular
     * announce. Idleness is noticed at rounds, so a close comes up to a round late.
     */
    private void dropIdleConnections(long now) {
        long timeout = swarm.idleTimeoutMicros;
        if (timeout == 0) {
            return;
        }
        for (int i = links.size() - 1; i >= 0; i--) {
            Link link = links.get(i);
            if (link.amInterested() || link.isInterested()) {
                link.idleSince = -1;
            } else if (link.idleSince < 0) {
                link.idleSince = now;
            } else if (now - link.idleSince >= timeout) {
                swarm.disconnect(link);
            }
        }
    }

    private void rechoke(boolean periodic) {
        long now = swarm.engine.now();
        if (periodic) {
            choker.onRound(links, now, chokeRandom);
        } else {
            choker.onPeersChanged(links, now, chokeRandom);
        }
        for (int i = 0; i < links.size(); i++) {
            links.get(i).applyChokeDecision();
        }
    }

    // ---- leaving ----------------------------------------------------------------------------

    private void depart() {
        swarm.depart(this);
    }

    void stopTimers() {
        roundTimer.cancel();
        announceTimer.cancel();
        departureTimer.cancel();
        if (seedingReviewer != null) {
            seedingReviewer.cancel();
        }
    }

    // ---- RequestSink: the piece download's requests go out on the wire -----------------------

    @Override
    public void request(Link link, int piece, int block) {
        link.send(Wire.REQUEST, piece, block);
    }

    @Override
    public void cancel(Link link, int piece, int block) {
        link.send(Wire.CANCEL, piece, block);
    }
}
