package atlas.sim.swarm;

import atlas.protocols.choke.BiddingPeer;
import atlas.protocols.choke.ConnectionHistory;
import atlas.protocols.choke.RemoteProgress;
import atlas.protocols.piece.PeerRequests;
import atlas.protocols.rate.RateMeter;
import atlas.sim.engine.Event;
import atlas.sim.engine.Timer;
import atlas.sim.net.Flow;
import atlas.sim.net.FlowListener;

/**
 * One peer's end of a connection: what it knows of the remote (choke and interest state as the
 * messages have told it), the requests it serves, its upload flow, its rate meters, and its inbox.
 * Messages from the remote arrive through the inbox after the link's one-way latency, in order
 * (TCP), with one reusable timer per inbox rather than one event object per message.
 */
final class Link extends ConnectionHistory implements BiddingPeer, RemoteProgress, FlowListener, Event {
    final Peer local;
    Link other;
    final long latency;
    /** This end's slot in {@link LinkStates}, where HAVE broadcasts find it; the other end's is {@code slot ^ 1}. */
    final int slot;
    private final LinkStates states;

    PeerRequests<Link> requests;
    Flow upload;

    boolean amChoking = true;
    /**
     * A CHOKE decided while a block was being sent: as on TCP, the block already in the socket
     * goes first and the CHOKE follows it; waiting requests are then discarded.
     */
    private boolean chokeAfterBlock;
    private boolean amInterested;
    private boolean peerChoking = true;
    /** BitTorrent Speed's state of this end; null unless both peers take part in the token economy. */
    Payments payments;
    /**
     * Since when, as this end last saw at a round, neither peer is interested; -1 while one is
     * (see {@code Peer#dropIdleConnections}).
     */
    long idleSince = -1;

    /** Requests from the remote waiting to be served, as packed (piece, block) pairs. */
    private long[] serveQueue = new long[4];
    private int serveHead;
    private int serveSize;
    private long serving = -1;

    /**
     * Messages on their way in, oldest first: a ring of (arrival time, message) pairs side by side,
     * so that delivering and handling a message touch one line rather than two arrays.
     */
    private long[] inbox = new long[8];
    /** Index of the oldest pair's time in {@link #inbox}. */
    private int inboxHead;
    private int inboxSize;
    private final Timer inboxTimer;

    Link(Peer local, long latency, long now, int slot) {
        super(now, RateMeter.MAINLINE_WINDOW_MICROS);
        this.local = local;
        this.latency = latency;
        this.slot = slot;
        Swarm swarm = local.swarm;
        this.states = swarm.linkStates;
        this.inboxTimer = swarm.engine.timer(this, Swarm.PRIORITY_NETWORK);
    }

    Peer remote() {
        return other.local;
    }

    // ---- interest and choking as the broadcasts see them (see LinkStates) -----------------------

    boolean amInterested() {
        return amInterested;
    }

    void setAmInterested(boolean interested) {
        amInterested = interested;
        idleSince = -1;
        updateRequesting();
    }

    boolean peerChoking() {
        return peerChoking;
    }

    void setPeerChoking(boolean choking) {
        peerChoking = choking;
        updateRequesting();
    }

    private void updateRequesting() {
        states.set(slot, LinkStates.REQUESTING, amInterested && !peerChoking);
    }

    /**
     * Pieces the remote has that the local peer lacks: interest is this count being positive. Not
     * kept up once the remote is complete ({@link #remoteComplete}): it then equals the pieces the
     * local peer lacks, and the local peer's HAVE broadcast zeroes it with the last piece.
     */
    int wanted() {
        return states.wants(slot);
    }

    void setWanted(int pieces) {
        states.setWants(slot, pieces);
    }

    /** Whether the remote has every piece: set on connecting and when the remote completes. */
    boolean remoteComplete() {
        return states.is(slot ^ 1, LinkStates.COMPLETE);
    }

    /** The local peer has every piece now (or had on connecting). */
    void markLocalComplete() {
        states.set(slot, LinkStates.COMPLETE, true);
    }

    // ---- sending: every message goes into the other end's inbox -------------------------------

    void send(int type, int piece, int block) {
        send(Wire.pack(type, piece, block));
    }

    /** Sends a packed message. */
    void send(long message) {
        local.overheadBytes += Wire.overheadBytes(Wire.type(message));
        other.deliver(local.swarm.engine.now() + latency, message);
    }

    /** Sends a message of {@code type} that carries {@code object}, which the other end takes in order. */
    void sendWith(int type, Object object) {
        other.payments.inbox.addLast(object);
        send(type, 0, 0);
    }

    private void deliver(long at, long message) {
        if (2 * inboxSize == inbox.length) {
            inbox = grow(inbox, inboxHead, 2 * inboxSize);
            inboxHead = 0;
        }
        int tail = (inboxHead + 2 * inboxSize) & (inbox.length - 1);
        inbox[tail] = at;
        inbox[tail + 1] = message;
        inboxSize++;
        if (inboxSize == 1) {
            inboxTimer.schedule(at);
        }
    }

    /** The inbox timer: handles every message that has arrived by now, in order. */
    @Override
    public void fire() {
        long now = local.swarm.engine.now();
        while (inboxSize > 0 && inbox[inboxHead] <= now) {
            long message = inbox[inboxHead + 1];
            inboxHead = (inboxHead + 2) & (inbox.length - 1);
            inboxSize--;
            local.onMessage(this, message);
            if (other == null) {
                return; // the message closed the connection
            }
        }
        if (inboxSize > 0) {
            inboxTimer.schedule(inbox[inboxHead]);
        }
    }

    // ---- serving the remote's requests ----------------------------------------------------------

    /** Whether a REQUEST from the remote is taken: it is unchoked, or not yet told otherwise. */
    boolean acceptsRequests() {
        return !amChoking || chokeAfterBlock;
    }

    void enqueueRequest(int piece, int block) {
        if (serveSize == serveQueue.length) {
            serveQueue = grow(serveQueue, serveHead, serveSize);
            serveHead = 0;
        }
        serveQueue[(serveHead + serveSize) & (serveQueue.length - 1)] = Wire.pack(Wire.REQUEST, piece, block);
        serveSize++;
        if (serving < 0) {
            serveNext();
        }
    }

    /** A CANCEL: drops the request if it is still waiting (one already on the wire goes on). */
    void cancelRequest(int piece, int block) {
        long key = Wire.pack(Wire.REQUEST, piece, block);
        int mask = serveQueue.length - 1;
        for (int i = 0; i < serveSize; i++) {
            if (serveQueue[(serveHead + i) & mask] == key) {
                for (int j = i; j < serveSize - 1; j++) {
                    serveQueue[(serveHead + j) & mask] = serveQueue[(serveHead + j + 1) & mask];
                }
                serveSize--;
                return;
            }
        }
    }

    private void serveNext() {
        if (serveSize == 0) {
            serving = -1;
            return;
        }
        long next = serveQueue[serveHead];
        int bytes = local.geometry.blockLength(Wire.piece(next), Wire.block(next));
        if (payments != null && !payments.upload.mayServe(bytes)) {
            // Over the peer's credit: the request waits for its payment (see serveHeld).
            payments.held = true;
            serving = -1;
            return;
        }
        serving = next;
        serveHead = (serveHead + 1) & (serveQueue.length - 1);
        serveSize--;
        local.swarm.network.send(upload, bytes);
    }

    /** A payment or a lower price came in: serves the requests held over the credit limit, if it now may. */
    void serveHeld() {
        if (payments.held && serving < 0) {
            payments.held = false;
            serveNext();
        }
    }

    /**
     * The upload flow finished a block: it leaves as a PIECE message, and the next one starts, or
     * the CHOKE decided while it was on the wire follows it.
     */
    @Override
    public void onSent(Flow flow, long bytes) {
        long now = local.swarm.engine.now();
        local.onUploaded(bytes);
        recordSent(now, bytes);
        if (payments != null) {
            payments.upload.onDataSent(bytes);
        }
        local.overheadBytes += Wire.PIECE_HEADER_BYTES;
        other.deliver(now + latency, Wire.pack(Wire.PIECE, Wire.piece(serving), Wire.block(serving)));
        if (chokeAfterBlock) {
            chokeAfterBlock = false;
            serving = -1;
            serveSize = 0;
            serveHead = 0;
            send(Wire.CHOKE, 0, 0);
        } else {
            serveNext();
        }
    }

    /** Stops serving: the block on the wire is cut short and waiting requests are discarded. */
    void stopServing() {
        long partial = local.swarm.network.stop(upload);
        if (partial > 0) {
            local.bytesUp += partial;
            remote().receiveUnused(partial);
        }
        serving = -1;
        serveSize = 0;
        serveHead = 0;
        chokeAfterBlock = false;
    }

    /** Forgets undelivered messages when the connection closes (see {@link #receiveDataInFlight}). */
    void close() {
        receiveDataInFlight();
        inboxTimer.cancel();
        inboxSize = 0;
        if (payments != null) {
            payments.inbox.clear();
        }
        other = null;
    }

    /**
     * Counts the payload of PIECE messages still on the wire towards this end as received: they
     * were sent, and nothing will use them, but every byte sent is received by someone's kernel.
     * Called once, when the connection closes or when the run ends, so uploaded equals downloaded.
     */
    void receiveDataInFlight() {
        for (int i = 0; i < inboxSize; i++) {
            long message = messageInFlight(i);
            if (Wire.type(message) == Wire.PIECE) {
                local.receiveUnused(local.geometry.blockLength(Wire.piece(message), Wire.block(message)));
            }
        }
    }

    /** Messages on the wire towards this end. */
    int messagesInFlight() {
        return inboxSize;
    }

    /** The {@code i}-th message on the wire towards this end, oldest first. */
    long messageInFlight(int i) {
        return inbox[(inboxHead + 2 * i + 1) & (inbox.length - 1)];
    }

    // ---- ChokePeer: the choker's view of this connection ----------------------------------------

    /**
     * The agreed price of our data to the remote, if we may serve it a block now: a peer over its
     * credit is no use in a paid slot until it pays.
     */
    @Override
    public long bidPerMiB() {
        if (payments == null) {
            return 0;
        }
        long price = payments.upload.price();
        return price > 0 && payments.upload.mayServe(local.geometry.blockLength()) ? price : 0;
    }

    /** Applies this round's decision, sending CHOKE or UNCHOKE only where it changed. */
    void applyChokeDecision() {
        if (isChoked() == amChoking) {
            if (!amChoking) {
                local.swarm.network.setWeight(upload, uploadWeight());
            }
            return;
        }
        amChoking = isChoked();
        if (amChoking) {
            if (serving >= 0) {
                chokeAfterBlock = true;
            } else {
                serveSize = 0;
                serveHead = 0;
                send(Wire.CHOKE, 0, 0);
            }
        } else if (chokeAfterBlock) {
            // Unchoked again before the CHOKE left: the remote never knew, serving goes on.
            chokeAfterBlock = false;
            local.swarm.network.setWeight(upload, uploadWeight());
        } else {
            recordUnchoked(local.swarm.engine.now());
            local.swarm.network.setWeight(upload, uploadWeight());
            send(Wire.UNCHOKE, 0, 0);
        }
    }

    /** The remote's share of the pieces: the simulator reads it directly, a real client counts HAVEs. */
    @Override
    public double remoteCompletion() {
        Peer remote = remote();
        return (double) remote.have.count() / remote.have.size();
    }

    /** A ring buffer's contents copied, in order, into one twice as large. */
    private static long[] grow(long[] ring, int head, int size) {
        long[] bigger = new long[ring.length * 2];
        int mask = ring.length - 1;
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) & mask];
        }
        return bigger;
    }

    @Override
    public String toString() {
        return "Link[" + local.id + "->" + (other == null ? "closed" : String.valueOf(other.local.id)) + "]";
    }

}
