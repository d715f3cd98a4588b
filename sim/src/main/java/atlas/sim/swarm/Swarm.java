package atlas.sim.swarm;

import atlas.protocols.choke.Choker;
import atlas.protocols.choke.Chokers;
import atlas.protocols.piece.Bitfield;
import atlas.protocols.piece.PieceAvailability;
import atlas.protocols.piece.PieceDownload;
import atlas.protocols.piece.PieceGeometry;
import atlas.protocols.piece.PiecePickers;
import atlas.protocols.piece.RequestSettings;
import atlas.sim.engine.Engine;
import atlas.sim.engine.RandomStreams;
import atlas.sim.engine.RandomStreams.Purpose;
import atlas.sim.engine.Timer;
import atlas.sim.net.BandwidthModel;
import atlas.sim.output.EndedBy;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.TokenResult;
import atlas.sim.output.TimeSeries;
import atlas.sim.scenario.ProtocolSettings;
import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.SeedGroup;
import atlas.sim.scenario.TrackerSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The simulated world of one torrent: peers arriving, connecting through the tracker, exchanging
 * pieces over the bandwidth model, and leaving; plus the run-wide counters the results report.
 */
final class Swarm {
    /**
     * Equal-time order: the network first, then peers' timers, then arrivals and departures, then
     * sampling, then the chain's blocks.
     */
    static final int PRIORITY_NETWORK = 0;
    static final int PRIORITY_PEER = 1;
    static final int PRIORITY_LIFECYCLE = 2;
    static final int PRIORITY_SAMPLE = 3;
    /** The chain's blocks come last at equal times, so that a block sees the transactions submitted then. */
    static final int PRIORITY_CHAIN = 4;
    /**
     * A run that ends when every peer is complete ends after everything else due at that instant:
     * the last peer's departure under {@code leave-at-once}, say, which otherwise never happens.
     */
    private static final int PRIORITY_END = 5;
    /** A peer short of connections re-announces at most this often. */
    static final long MIN_REANNOUNCE_MICROS = 60_000_000L;

    final Scenario scenario;
    final Engine engine = new Engine();
    final RandomStreams streams;
    final BandwidthModel network = new BandwidthModel(engine, PRIORITY_NETWORK);
    final PieceGeometry geometry;
    final Tracker tracker;
    private final int maxConnections;
    /** See {@link TrackerSettings#idleTimeoutMicros()}. */
    final long idleTimeoutMicros;
    private final LatencyTable latency;
    final PeerFactory peerFactory;
    private final ArrivalSource arrivals;
    private final UniformRandomProvider peerLists;
    private final UniformRandomProvider timerPhases;
    private final Peer[] sampled;
    final RequestSettings requestSettings;
    /** The token economy; null in a run without an {@code incentives} section. */
    final Economy economy;

    private final List<Peer> peers = new ArrayList<>();
    final Seats seats = new Seats();
    final PieceHolders holders;
    final PendingHaves pendingHaves = new PendingHaves();
    final LinkStates linkStates = new LinkStates();
    private final PieceAvailability swarmAvailability;
    private final boolean stopWhenAllComplete;
    private boolean arrivalsDone;
    /** Every peer completed (or left) after the last arrival, which stopped the run. */
    private boolean stoppedAllComplete;
    private int leechers;
    private int seeds;
    private int completed;
    private long payloadDelivered;
    private long availableMicros;
    private long availabilitySince;
    private boolean fullCopyPresent;
    final TimeSeries timeSeries = new TimeSeries();
    private long lastSampleBytes;
    private long lastSampleAt = -1;
    private long nextArrival = -1;
    private final Timer arrivalTimer;
    private final Timer sampleTimer;

    Swarm(Scenario scenario, long seed, boolean stopWhenAllComplete) {
        this.scenario = scenario;
        this.streams = new RandomStreams(seed);
        this.stopWhenAllComplete = stopWhenAllComplete;
        ProtocolSettings protocol = scenario.protocol();
        int block = Math.min(protocol.blockBytes(), scenario.content().pieceBytes());
        this.geometry = new PieceGeometry(scenario.content().sizeBytes(), scenario.content().pieceBytes(), block);
        this.holders = new PieceHolders(geometry.pieceCount());
        TrackerSettings t = scenario.tracker();
        this.tracker = new Tracker(t.peersPerAnnounce(), t.reannounceBelow(), t.announceIntervalMicros(), MIN_REANNOUNCE_MICROS);
        this.maxConnections = t.maxConnections();
        this.idleTimeoutMicros = t.idleTimeoutMicros();
        this.sampled = new Peer[t.peersPerAnnounce()];
        this.latency = new LatencyTable(scenario.network().latency(), streams);
        this.peerFactory = new PeerFactory(scenario, streams);
        this.arrivals = ArrivalSource.of(scenario.arrivals(), streams.stream(Purpose.ARRIVALS), scenario.endMicros());
        this.peerLists = streams.stream(Purpose.PEER_LISTS);
        this.timerPhases = streams.stream(Purpose.TIMER_PHASE);
        this.requestSettings = new RequestSettings(protocol.pipelineDepth(), protocol.requestTimeoutMicros(),
                protocol.backlogMicros(), protocol.maxPipelineDepth(), protocol.endgame());
        this.swarmAvailability = new PieceAvailability(geometry.pieceCount(), streams.stream(Purpose.AVAILABILITY));
        this.economy = scenario.incentives() == null ? null : new Economy(this, scenario.incentives(), scenario.chain());
        this.arrivalTimer = engine.timer(this::arrive, PRIORITY_LIFECYCLE);
        this.sampleTimer = engine.timer(this::sample, PRIORITY_SAMPLE);
    }

    // ---- scratch arrays for peers' broadcasts and rounds (the run is single-threaded) -------

    private boolean[] flagScratch = new boolean[128];
    private int[] intScratch = new int[128];
    private final BroadcastList broadcastScratch = new BroadcastList();

    BroadcastList scratchBroadcast() {
        return broadcastScratch;
    }

    int[] scratchInts(int n) {
        if (intScratch.length < n) {
            intScratch = new int[n * 2];
        }
        return intScratch;
    }

    boolean[] scratchFlags(int n) {
        if (flagScratch.length < n) {
            flagScratch = new boolean[n * 2];
        }
        return flagScratch;
    }

    // ---- policy instances per peer -----------------------------------------------------------

    PieceDownload<Link> newDownload(Peer peer) {
        return new PieceDownload<>(geometry, new Bitfield(geometry.pieceCount()), scenario.protocol().picker().create(PiecePickers.REGISTRY), requestSettings, peer,
                streams.stream(Purpose.PIECE_TIES, peer.id));
    }

    Choker newLeecherChoker() {
        return scenario.protocol().leecherChoker().create(Chokers.LEECHER);
    }

    Choker newSeedChoker() {
        return scenario.protocol().seedChoker().create(Chokers.SEED);
    }

    // ---- running ---------------------------------------------------------------------------

    void start() {
        if (economy != null) {
            economy.start();
        }
        List<SeedGroup> groups = scenario.seeds();
        for (SeedGroup group : groups) {
            for (int i = 0; i < group.count(); i++) {
                Peer seed = join(PeerFactory.seed(peers.size(), group));
                if (group.leavesAtMicros() != SeedGroup.NEVER) {
                    seed.departureTimer.schedule(group.leavesAtMicros());
                }
            }
        }
        nextArrival = arrivals.next(0);
        arrive();
        sampleTimer.schedule(0);
    }

    /** The arrival timer: every peer due now joins, then the timer moves to the next arrival. */
    private void arrive() {
        long now = engine.now();
        while (nextArrival == now) {
            arriveOne();
            nextArrival = arrivals.next(now);
        }
        if (nextArrival < 0) {
            arrivalsDone = true;
            checkAllComplete();
        } else {
            arrivalTimer.schedule(nextArrival);
        }
    }

    private void arriveOne() {
        PeerSpec spec = peerFactory.arrival(peers.size(), arrivals.traceRow());
        Peer peer = join(spec);
        if (spec.abortAfter() != PeerSpec.NEVER) {
            peer.departureTimer.schedule(engine.now() + spec.abortAfter());
        }
    }

    private Peer join(PeerSpec spec) {
        int seat = seats.take();
        holders.seat(seat, spec.initialSeed(), geometry.pieceCount());
        pendingHaves.seat(seat);
        Peer peer = new Peer(this, spec, seat, engine.now());
        peers.add(peer);
        tracker.add(peer);
        if (peer.isSeed()) {
            seeds++;
            swarmAvailability.onSeedJoined();
        } else {
            leechers++;
        }
        updateFullCopy();
        peer.start(1 + timerPhases.nextLong(peer.roundInterval()));
        return peer;
    }

    /** The peer asks the tracker for peers and opens connections to those it is not yet connected to. */
    void announce(Peer peer) {
        int n = tracker.sample(peer, peerLists, sampled);
        for (int i = 0; i < n; i++) {
            Peer other = sampled[i];
            sampled[i] = null;
            if (peer.connectionCount() >= maxConnections) {
                break;
            }
            if (other.connectionCount() >= maxConnections || (peer.isSeed() && other.isSeed())
                    || peer.isConnectedTo(other)) {
                continue;
            }
            peer.pendingConnections++;
            other.pendingConnections++;
            long rtt = 2 * latency.between(peer, other);
            engine.schedule(engine.now() + rtt, PRIORITY_NETWORK, new Handshake(peer, other));
        }
    }

    /** A connection attempt completes one round trip after it started (TCP and BitTorrent handshakes). */
    private final class Handshake implements atlas.sim.engine.Event {
        private final Peer a;
        private final Peer b;

        Handshake(Peer a, Peer b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void fire() {
            a.pendingConnections--;
            b.pendingConnections--;
            if (!a.isPresent() || !b.isPresent() || (a.isSeed() && b.isSeed()) || a.isConnectedTo(b)
                    || a.links.size() >= maxConnections || b.links.size() >= maxConnections) {
                return;
            }
            long oneWay = latency.between(a, b);
            long now = engine.now();
            int slot = linkStates.open();
            Link ab = new Link(a, oneWay, now, slot);
            Link ba = new Link(b, oneWay, now, slot + 1);
            ab.other = ba;
            ba.other = ab;
            if (a.isSeed()) {
                ab.markLocalComplete();
            }
            if (b.isSeed()) {
                ba.markLocalComplete();
            }
            ab.upload = network.flow(a.node, b.node, ab);
            ba.upload = network.flow(b.node, a.node, ba);
            a.addLink(ab);
            b.addLink(ba);
            if (economy != null) {
                economy.onConnected(ab, ba);
            }
            a.onConnected(ab);
            b.onConnected(ba);
        }
    }

    /** Closes a connection from either end. */
    void disconnect(Link link) {
        Link back = link.other;
        if (economy != null) {
            economy.settle(link);
            economy.settle(back);
        }
        link.stopServing();
        back.stopServing();
        link.close();
        back.close();
        linkStates.close(link.slot);
        link.local.onDisconnected(link);
        back.local.onDisconnected(back);
    }

    void depart(Peer peer) {
        peer.departedAt = engine.now();
        peer.stopTimers();
        // Off the tracker first, so neighbours re-announcing as its connections close are not sent to it.
        tracker.remove(peer);
        for (int i = peer.links.size() - 1; i >= 0; i--) {
            disconnect(peer.links.get(i));
        }
        if (peer.isSeed()) {
            seeds--;
        } else {
            leechers--;
        }
        pendingHaves.release(peer.seat);
        seats.release(peer.seat);
        if (peer.countedAsSeed) {
            swarmAvailability.onSeedLeft();
        } else {
            swarmAvailability.onPeerLeft(peer.have, false);
        }
        updateFullCopy();
        checkAllComplete();
    }

    void onPieceGained(int piece) {
        swarmAvailability.onHave(piece);
        updateFullCopy();
    }

    void onCompleted(Peer peer) {
        leechers--;
        seeds++;
        completed++;
        checkAllComplete();
    }

    void onPayloadDelivered(int bytes) {
        payloadDelivered += bytes;
    }

    private void checkAllComplete() {
        if (stopWhenAllComplete && arrivalsDone && leechers == 0 && !stoppedAllComplete) {
            stoppedAllComplete = true;
            engine.schedule(engine.now(), PRIORITY_END, engine::stop);
        }
    }

    private void updateFullCopy() {
        boolean present = swarmAvailability.minAvailability() > 0;
        if (present != fullCopyPresent) {
            long now = engine.now();
            if (fullCopyPresent) {
                availableMicros += now - availabilitySince;
            }
            availabilitySince = now;
            fullCopyPresent = present;
        }
    }

    private void sample() {
        record();
        sampleTimer.schedule(engine.now() + scenario.sampleIntervalMicros());
    }

    /** A row of the time series as of now; its rate is over the time since the previous row. */
    private void record() {
        long now = engine.now();
        double rate = lastSampleAt < 0 ? 0 : (payloadDelivered - lastSampleBytes) * 1e6 / (now - lastSampleAt);
        lastSampleBytes = payloadDelivered;
        lastSampleAt = now;
        timeSeries.add(now, leechers, seeds, rate, swarmAvailability.minAvailability());
        if (economy != null) {
            economy.sample();
        }
    }

    // ---- results -----------------------------------------------------------------------------

    int arrived() {
        return peers.size() - initialSeedCount();
    }

    private int initialSeedCount() {
        int n = 0;
        for (SeedGroup g : scenario.seeds()) {
            n += g.count();
        }
        return n;
    }

    /** Every peer that joined, initial seeds first, in order of joining. */
    List<Peer> peers() {
        return peers;
    }

    int completed() {
        return completed;
    }

    /**
     * What ended the run: its fixed duration; everyone completing after arrivals that ended of
     * themselves; or its limit, reached, or cutting short arrivals that would have gone on.
     */
    EndedBy endedBy() {
        if (!stopWhenAllComplete) {
            return EndedBy.DURATION;
        }
        return stoppedAllComplete && !arrivals.cutByRunEnd() ? EndedBy.ALL_COMPLETE : EndedBy.LIMIT;
    }

    /** Payload delivered to all peers so far (blocks received unused included). */
    long payloadDelivered() {
        return payloadDelivered;
    }

    int leechers() {
        return leechers;
    }

    int seeds() {
        return seeds;
    }

    long availableMicros() {
        long total = availableMicros;
        if (fullCopyPresent) {
            total += engine.now() - availabilitySince;
        }
        return total;
    }

    /**
     * Ends the run's accounting: a last row of the time series at the end unless one fell there
     * (the last interval is mostly partial), and data still on the wire counts as received (see
     * {@link Link#receiveDataInFlight}).
     */
    void finish() {
        if (engine.now() > lastSampleAt) {
            record();
        }
        for (Peer p : peers) {
            if (p.isPresent()) {
                for (int i = 0; i < p.links.size(); i++) {
                    p.links.get(i).receiveDataInFlight();
                }
            }
        }
    }

    /** What the token economy did; null without one. */
    TokenResult tokenResult() {
        return economy == null ? null : economy.result(peers);
    }

    List<PeerRecord> peerRecords() {
        List<PeerRecord> records = new ArrayList<>(peers.size());
        for (Peer p : peers) {
            records.add(new PeerRecord(p.id, p.peerClass, p.initialSeed, p.node.upload(), p.node.download(),
                    p.arrivedAt, p.initialSeed ? -1 : p.completedAt, p.departedAt, p.bytesUp, p.bytesDown,
                    p.overheadBytes, p.wastedBytes));
        }
        return records;
    }
}
