package atlas.protocols.peer;

import atlas.protocols.Clock;
import atlas.protocols.chain.Address;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import atlas.protocols.pay.DownloadLedger;
import atlas.protocols.pay.UploadLedger;
import atlas.protocols.rate.RateMeter;
import atlas.protocols.wire.ExtendedHandshake;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.WireException;
import atlas.protocols.wire.btt.BttMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link TorrentPeer}'s side of BTT Speed, following the specification in
 * {@code atlas.protocols.wire.btt} and the simulator's {@code Economy} (same ledgers, same order of
 * events), but on real connections and through the {@link atlas.protocols.chain.Chain} interface
 * only. As a downloader it bids, opens a channel when it first owes money, pays as it goes and, once
 * its download is complete, withdraws its bid; on each connection, once the uploader's answer to
 * the withdrawal shows that no priced block is still on its way, it pays what it still owes and
 * proposes a cooperative close of each channel. As an uploader it answers bids with the price it
 * charges, checks every announced channel on its own chain node, accepts and countersigns payments,
 * holds requests that would take a peer past its credit limit, and submits the close the payer
 * signed, again on later ticks while the chain refuses it. A peer that leaves ({@link #leave})
 * settles as a finished downloader does and, as an uploader, tells the peers that owe it that it
 * leaves, which settles them as the answer to a withdrawal would.
 *
 * <p>Everything runs on the peer's thread. The chain reports transactions on its own thread; those
 * reports are handed to {@link Host#runInLoop}, never acted on where they arrive. A remote that
 * breaks the extension's rules (bad encoding, a price above its bid, a channel that does not match
 * the chain, a payment the channel rules refuse) gets a {@link WireException}, which closes that
 * connection only, as any other protocol error does.
 */
final class BttSpeed {

    /** The extended message id we receive {@code btt_speed} messages under. */
    static final int EXTENSION_ID = 1;

    private static final System.Logger LOG = System.getLogger(BttSpeed.class.getName());
    private static final String NAME = BttMessage.EXTENSION_NAME;
    /** How long a submitted transaction may wait for a block (java-tron clients: 60 s). */
    private static final long TRANSACTION_LIFETIME_MICROS = 60_000_000L;
    /**
     * Announced channels our node does not show yet, at most, per connection. An honest payer
     * announces a channel once a block includes it and opens the next when one runs dry, so more
     * than one unconfirmed means our node lags by several channels' worth of blocks.
     */
    private static final int MAX_UNCONFIRMED_CHANNELS = 4;
    /** Wait before trying again to open a channel the chain refused or could not fund. */
    private static final long OPEN_RETRY_MICROS = 1_000_000L;

    /** What the extension needs of the peer. */
    interface Host {
        /** Queues {@code message} on the connection behind everything queued before (stream order). */
        void send(PeerConnection c, PeerMessage message);

        /** The peer may serve requests it held: a price changed or a payment arrived. */
        void serve(PeerConnection c);

        /** Runs {@code task} on the peer's thread on its next turn; callable from any thread. */
        void runInLoop(Runnable task);
    }

    private final SpeedSettings settings;
    private final Host host;
    private final Clock clock;
    private final int blockLength;
    private final byte[] publicKey;
    private final Address address;
    private final RateMeter downloadMeter = new RateMeter(RateMeter.MAINLINE_WINDOW_MICROS);
    private final ChannelSettler settler;

    private long bid;
    /** Our download is complete or we leave: we bid no more, whatever the strategy says. */
    private boolean complete;
    /** We leave: we earn no more, and answer bids with price 0. */
    private boolean leaving;
    /** Deposits of channels submitted and not yet included: not spendable on another channel. */
    private long reserved;
    /** Value accrued on connections since closed, for the bid strategy's {@code committed}. */
    private long committedClosed;
    /** Our last transaction's timestamp: each one gets a later one, so that no two share an id. */
    private long lastTimestamp;
    private long paid;
    private long earned;
    private long pricedBytesSent;
    private long pricedBytesReceived;
    private int channelsOpened;
    private int closesSubmitted;

    BttSpeed(SpeedSettings settings, Host host, Clock clock, int blockLength) {
        this.settings = settings;
        this.host = host;
        this.clock = clock;
        this.blockLength = blockLength;
        this.publicKey = settings.signer().publicKey();
        this.address = settings.signer().address();
        this.settler = new ChannelSettler(settings.chain(), this::submit, host);
    }

    // ---- connections --------------------------------------------------------------------------

    /** The remote set the BEP 10 bit: opens the connection's session and sends our extended handshake. */
    void open(PeerConnection c, int listenPort, int requestQueue) {
        c.speed = new SpeedSession(settings.payAsYouGo(), blockLength);
        host.send(c, c.speed.ids.localHandshake(listenPort, Optional.of("atlas"), requestQueue).toMessage());
    }

    /** An extended message; ids we never gave out (other clients' extensions) are ignored. */
    void onExtended(PeerConnection c, PeerMessage.Extended m, long now) {
        SpeedSession s = c.speed;
        if (m.extendedId() == ExtendedHandshake.ID) {
            s.ids.onRemoteHandshake(ExtendedHandshake.decode(m.payload()));
            boolean supports = s.ids.remoteSupports(NAME);
            if (s.greeted && !supports) {
                throw new WireException("the peer withdrew " + NAME + " in mid-connection");
            }
            if (!s.greeted && supports) {
                s.greeted = true;
                if (bid > 0) {
                    sendBid(c, bid);
                }
            }
            return;
        }
        if (s.ids.localName(m.extendedId()).isEmpty()) {
            return;
        }
        if (!s.greeted) {
            throw new WireException(NAME + " message before the peer announced the extension");
        }
        BttMessage message = BttMessage.decode(m.payload());
        if (message instanceof BttMessage.Bid b) {
            onBid(c, b);
        } else if (message instanceof BttMessage.Price p) {
            onPrice(c, p, now);
        } else if (message instanceof BttMessage.ChannelAnnouncement a) {
            onChannel(c, a, now);
        } else if (message instanceof BttMessage.Payment p) {
            onPayment(c, incoming(s, p.state().channel()), p.toSignedState());
        } else if (message instanceof BttMessage.Ack a) {
            Outcome outcome = outgoing(s, a.state().channel()).payer.onCountersigned(a.toSignedState());
            if (!outcome.isOk()) {
                throw new WireException("acknowledgement refused: " + outcome.message());
            }
        } else if (message instanceof BttMessage.Close close) {
            onClose(c, incoming(s, close.state().channel()), close.toSignedState());
        } else if (message instanceof BttMessage.Leaving) {
            onLeaving(c, now);
        }
        // Unsupported: a later version's message, ignored as the specification says.
    }

    /**
     * The connection closed: what it accrued still counts as committed for the bid strategy, and
     * channels it leaves unsettled are closed alone ({@link ChannelSettler}): ours on the state the
     * uploader last acknowledged, the payer's on its latest payment, unless nothing was paid or we
     * submitted its cooperative close.
     */
    void onClosed(PeerConnection c) {
        SpeedSession s = c.speed;
        if (s == null) {
            return;
        }
        committedClosed += s.download.accrued();
        for (SpeedSession.Outgoing out : s.outgoing) {
            settler.leave(out.id, out.payer.acknowledged());
        }
        for (SpeedSession.Incoming in : s.incoming) {
            if (in.recipient != null && !in.closed && in.recipient.received() > 0) {
                settler.leave(in.announced.channel(), in.recipient.latest());
            }
        }
    }

    /** Called every tick, connections or none: moves the channels closed connections left on ({@link ChannelSettler}). */
    void onTick() {
        settler.onTick();
    }

    /**
     * Called every tick: retries what waits on the chain (a channel to open, an announced channel to
     * appear, a cooperative close it refused). Throws {@link WireException} if an announced channel
     * never appears.
     */
    void onTick(PeerConnection c, long now) {
        SpeedSession s = c.speed;
        if (s == null) {
            return;
        }
        for (SpeedSession.Incoming in : s.incoming) {
            if (in.recipient == null) {
                verify(c, in, now);
            } else if (in.agreed != null && !in.closed) {
                submitClose(in);
            }
        }
        pay(c, now);
    }

    /**
     * Whether a connection with nothing left to transfer should stay open to settle: the peer still
     * owes us or has a channel whose close the chain has not taken, or we are finishing and wait
     * for the uploader's last price or our channels are not settled on chain. True at most until
     * {@link SpeedSettings#settleTimeoutMicros()} after the first call.
     */
    boolean holdsOpen(PeerConnection c, long now) {
        SpeedSession s = c.speed;
        if (s == null) {
            return false;
        }
        boolean waiting = s.upload.unpaid() > 0 || s.opening || (s.finishing && !s.debtFinal());
        for (SpeedSession.Incoming in : s.incoming) {
            waiting |= !in.closed;
        }
        for (SpeedSession.Outgoing out : s.outgoing) {
            waiting |= s.finishing && settings.chain().channel(out.id)
                    .map(v -> v.status() != ChannelView.Status.SETTLED).orElse(true);
        }
        if (!waiting) {
            return false;
        }
        if (s.settleDeadline == Long.MAX_VALUE) {
            s.settleDeadline = now + settings.settleTimeoutMicros();
        }
        return now < s.settleDeadline;
    }

    // ---- bidding ----------------------------------------------------------------------------------

    /** A rechoke round: asks the strategy for the price and announces a change to every greeted peer. */
    void onRound(List<PeerConnection> peers, long bytesRemaining, long now) {
        if (settings.bidStrategy() == null || complete) {
            return;
        }
        long committed = committedClosed;
        for (PeerConnection c : peers) {
            if (c.speed != null) {
                committed += c.speed.download.accrued();
            }
        }
        long price = settings.bidStrategy().price(now, downloadMeter.rate(now), bytesRemaining, committed);
        if (price == bid) {
            return;
        }
        bid = price;
        for (PeerConnection c : peers) {
            if (c.speed != null && c.speed.greeted) {
                sendBid(c, price);
            }
        }
    }

    private void sendBid(PeerConnection c, long price) {
        c.speed.lastBid = price;
        c.speed.bidsUnanswered.addLast(price);
        sendBtt(c, new BttMessage.Bid(price));
    }

    // ---- uploading ----------------------------------------------------------------------------

    /** A bid: the blocks we queue after our answer carry the price we charge, the bid if we earn and stay. */
    private void onBid(PeerConnection c, BttMessage.Bid b) {
        long price = settings.participation().earns() && !leaving ? b.pricePerMiB() : 0;
        c.speed.upload.setPrice(price);
        sendBtt(c, new BttMessage.Price(price, publicKey));
        host.serve(c);
    }

    /** Whether the next block of {@code bytes} may go out: the peer stays within its credit. */
    boolean mayServe(PeerConnection c, int bytes) {
        return c.speed == null || c.speed.upload.mayServe(bytes);
    }

    /** A block went into the connection's queue, behind every price message sent before. */
    void onServed(PeerConnection c, int bytes) {
        if (c.speed != null) {
            c.speed.upload.onDataSent(bytes);
            if (c.speed.upload.price() > 0) {
                pricedBytesSent += bytes;
            }
        }
    }

    /** Whether the connection's next requested block waits for a payment. */
    boolean isHolding(PeerConnection c) {
        return c.speed != null && c.serveQueued() > 0 && !c.amChoking && !c.speed.upload.mayServe(c.serveLength());
    }

    private void onChannel(PeerConnection c, BttMessage.ChannelAnnouncement a, long now) {
        SpeedSession s = c.speed;
        int unconfirmed = 0;
        for (SpeedSession.Incoming in : s.incoming) {
            if (in.announced.channel().equals(a.channel())) {
                throw new WireException("channel " + a.channel() + " announced twice");
            }
            unconfirmed += in.recipient == null ? 1 : 0;
        }
        if (unconfirmed >= MAX_UNCONFIRMED_CHANNELS) {
            // Confirmed channels cost their payer a deposit each; unconfirmed ones cost nothing, so
            // they are what a hostile peer would pile up in our memory.
            throw new WireException(unconfirmed + " announced channels not on chain yet");
        }
        SpeedSession.Incoming in = new SpeedSession.Incoming(a);
        s.incoming.add(in);
        verify(c, in, now);
    }

    /**
     * Checks an announced channel against the chain, never the message: it must exist, be open,
     * pay us from the key announced, in our asset, with the deposit and expiry announced, and live
     * long enough. Until a block includes it we wait (the payer's node may be ahead of ours), up to
     * the settle timeout; then payments and a close that arrived meanwhile are applied.
     */
    private void verify(PeerConnection c, SpeedSession.Incoming in, long now) {
        BttMessage.ChannelAnnouncement a = in.announced;
        Optional<ChannelView> found = settings.chain().channel(a.channel());
        if (found.isEmpty()) {
            if (in.waitUntil == Long.MAX_VALUE) {
                in.waitUntil = now + settings.settleTimeoutMicros();
            } else if (now > in.waitUntil) {
                throw new WireException("channel " + a.channel() + " never appeared on chain");
            }
            return;
        }
        ChannelView v = found.get();
        String problem = !v.recipient().equals(address) ? "pays another recipient"
                : !v.payer().equals(Address.fromPublicKey(a.payerKey())) ? "was opened by another key"
                : v.assetId() != settings.assetId() ? "holds asset " + v.assetId()
                : v.deposit() != a.deposit() || v.expiresAtMicros() != a.expiresAtMicros()
                        ? "holds another deposit or expiry than announced"
                : v.status() != ChannelView.Status.OPEN ? "is " + v.status()
                : v.expiresAtMicros() - settings.chain().headBlockTimeMicros() < settings.minChannelLifetimeMicros()
                        ? "expires too soon" : null;
        if (problem != null) {
            throw new WireException("channel " + a.channel() + " " + problem + " on chain");
        }
        in.recipient = new RecipientChannel(a.channel(), v.deposit(), settings.signer(), a.payerKey(),
                settings.verifier());
        if (in.pendingPayment != null) {
            onPayment(c, in, in.pendingPayment);
            in.pendingPayment = null;
        }
        if (in.pendingClose != null) {
            onClose(c, in, in.pendingClose);
            in.pendingClose = null;
        }
    }

    /** Accepts a payment by the channel rules, countersigns it and serves what it held; a refused one is an attack. */
    private void onPayment(PeerConnection c, SpeedSession.Incoming in, SignedState update) {
        if (in.recipient == null) {
            in.pendingPayment = update; // cumulative: the latest replaces any earlier one
            return;
        }
        UploadLedger ledger = c.speed.upload;
        long before = ledger.received();
        Outcome outcome = ledger.onPayment(update, in.recipient);
        if (!outcome.isOk()) {
            throw new WireException("payment refused: " + outcome.message());
        }
        earned += ledger.received() - before;
        sendBtt(c, BttMessage.Ack.of(in.recipient.countersign()));
        host.serve(c);
    }

    /** The payer's close proposal: countersigned at our latest state and submitted, which pays us out. */
    private void onClose(PeerConnection c, SpeedSession.Incoming in, SignedState proposal) {
        if (in.recipient == null) {
            in.pendingClose = proposal;
            return;
        }
        if (in.agreed != null) {
            throw new WireException("channel " + in.announced.channel() + " closed twice");
        }
        in.agreed = in.recipient.agreeFinal(proposal);
        if (in.agreed == null) {
            throw new WireException("close proposal for channel " + in.announced.channel()
                    + " is not at the latest payment or not signed by the payer");
        }
        submitClose(in);
    }

    /**
     * Submits the agreed cooperative close. A refusal (no TRX for the fee, say) leaves the channel
     * open: {@link #onTick(PeerConnection, long)} tries again while the connection lasts, and
     * {@link #onClosed} hands a channel still not closed to the {@link ChannelSettler}.
     */
    private void submitClose(SpeedSession.Incoming in) {
        Outcome outcome = submit(new Operation.CloseChannel(in.agreed), new Logged("close"));
        if (outcome.isOk()) {
            in.closed = true;
            closesSubmitted++;
        } else if (!in.closeRefusalLogged) {
            in.closeRefusalLogged = true;
            LOG.log(System.Logger.Level.WARNING, "closing channel {0} refused by the chain: {1}; trying again",
                    in.announced.channel(), outcome.message());
        }
    }

    // ---- downloading --------------------------------------------------------------------------

    /** A block arrived: its value at the stream's current price is owed, and paid when due. */
    void onBlockReceived(PeerConnection c, int bytes, long now) {
        downloadMeter.record(now, bytes);
        SpeedSession s = c.speed;
        if (s == null) {
            return;
        }
        if (s.uploaderLeft) {
            throw new WireException("a block after the peer said it was leaving");
        }
        s.download.onDataReceived(bytes);
        if (s.download.price() > 0) {
            pricedBytesReceived += bytes;
            pay(c, now);
        }
    }

    /**
     * The uploader's answer to our oldest unanswered bid; it may ask that bid or less, never more.
     * The answer to our withdrawal ends what we owe the uploader: then we settle.
     */
    private void onPrice(PeerConnection c, BttMessage.Price p, long now) {
        SpeedSession s = c.speed;
        Long asked = s.bidsUnanswered.pollFirst();
        if (asked == null || p.pricePerMiB() > asked) {
            throw new WireException("price " + p.pricePerMiB() + " answers no bid of ours that high");
        }
        byte[] key = p.recipientKey();
        if (!s.outgoing.isEmpty() && !Arrays.equals(key, s.recipientKey)) {
            throw new WireException("the uploader changed its key while we hold channels to it");
        }
        s.recipientKey = key;
        s.download.setPrice(p.pricePerMiB());
        if (s.debtFinal()) {
            settle(c, now);
        } else {
            pay(c, now);
        }
    }

    /**
     * Our download is complete: we withdraw our bid on every connection that has one, and settle
     * at once those where no priced block can still be on its way; the others settle when the
     * answer to the withdrawal arrives ({@link #onPrice}), behind every block sent at the old price.
     */
    void onDownloadComplete(List<PeerConnection> peers, long now) {
        complete = true;
        bid = 0;
        for (PeerConnection c : peers) {
            SpeedSession s = c.speed;
            if (s != null && c.isOpen()) {
                s.finishing = true;
                if (s.greeted && s.lastBid > 0) {
                    sendBid(c, 0);
                }
                if (s.debtFinal()) {
                    settle(c, now);
                }
            }
        }
    }

    /**
     * We leave: as a downloader we withdraw our bid and settle as on completion; as an uploader,
     * which the caller has stopped serving, we tell each peer that owes us or has a channel to us
     * not yet closed that we leave, behind every block we sent it, so that it settles at once. The
     * caller keeps the connections open while {@link #holdsOpen} says so.
     */
    void leave(List<PeerConnection> peers, long now) {
        onDownloadComplete(peers, now);
        leaving = true;
        for (PeerConnection c : peers) {
            SpeedSession s = c.speed;
            if (s == null || !s.greeted || !c.isOpen()) {
                continue;
            }
            boolean owed = s.upload.unpaid() > 0;
            for (SpeedSession.Incoming in : s.incoming) {
                owed |= !in.closed;
            }
            if (owed) {
                sendBtt(c, BttMessage.Leaving.INSTANCE);
            }
        }
    }

    /** The uploader leaves: it sends no more blocks, so we settle now what we owe it. */
    private void onLeaving(PeerConnection c, long now) {
        if (!c.speed.uploaderLeft) {
            c.speed.uploaderLeft = true;
            settle(c, now);
        }
    }

    /** Nothing more will be owed on the connection: pay the whole debt and propose closing each channel. */
    private void settle(PeerConnection c, long now) {
        pay(c, now);
        proposeCloses(c);
    }

    /**
     * Pays what is due, the whole debt once it is final; opens a channel first if none
     * can pay. A channel whose close we proposed takes no more payments, so a debt left then (the
     * channel ran dry) waits for a new one.
     */
    private void pay(PeerConnection c, long now) {
        SpeedSession s = c.speed;
        DownloadLedger ledger = s.download;
        if (ledger.debt() <= 0) {
            return;
        }
        SpeedSession.Outgoing current = s.outgoing.isEmpty() ? null : s.outgoing.get(s.outgoing.size() - 1);
        PayerChannel usable = current == null || current.proposed ? null : current.payer;
        if (usable != null) {
            long before = ledger.paid();
            SignedState update = s.debtFinal() ? ledger.payDebt(usable) : ledger.payIfDue(usable);
            if (update != null) {
                paid += ledger.paid() - before;
                sendBtt(c, BttMessage.Payment.of(update));
            }
        }
        if (ledger.needsChannel(usable)) {
            openChannel(c, now); // none yet, or the current one ran dry
        }
    }

    private void openChannel(PeerConnection c, long now) {
        SpeedSession s = c.speed;
        if (s.opening || s.recipientKey == null || now < s.retryOpenAt) {
            return;
        }
        long balance = settings.chain().assetBalance(address, settings.assetId()) - reserved;
        long deposit = Math.min(settings.deposit(), balance);
        if (deposit <= 0) {
            // All our BTT is escrowed or we have none: meanwhile the uploader serves us our credit.
            s.retryOpenAt = now + OPEN_RETRY_MICROS;
            return;
        }
        long expiry = nextTimestamp() + settings.channelLifetimeMicros();
        Operation.OpenChannel open = new Operation.OpenChannel(s.recipientKey, settings.assetId(), deposit, expiry);
        Outcome outcome = submit(open, new Opening(c, deposit, expiry));
        if (!outcome.isOk()) {
            LOG.log(System.Logger.Level.INFO, "opening a channel to {0} refused: {1}", c, outcome.message());
            s.retryOpenAt = now + OPEN_RETRY_MICROS;
            return;
        }
        s.opening = true;
        reserved += deposit;
    }

    /** On the loop: the channel is on chain. We announce it, pay through it, and close it if the debt is final. */
    private void onOpened(PeerConnection c, TxId id, long deposit, long expiry) {
        SpeedSession s = c.speed;
        reserved -= deposit;
        s.opening = false;
        channelsOpened++;
        SpeedSession.Outgoing out = new SpeedSession.Outgoing(id, new PayerChannel(id, deposit, settings.signer(), s.recipientKey,
                settings.verifier()));
        if (!c.isOpen()) {
            // Nothing paid through it and nobody to pay: closed alone on its opening state, as the
            // channels a closing connection leaves, its deposit comes back after the challenge window.
            LOG.log(System.Logger.Level.INFO, "channel {0} opened after {1} closed", id, c);
            settler.leave(id, out.payer.acknowledged());
            return;
        }
        s.outgoing.add(out);
        sendBtt(c, new BttMessage.ChannelAnnouncement(id, settings.assetId(), deposit, expiry, publicKey));
        if (s.debtFinal()) {
            settle(c, clock.micros());
        } else {
            pay(c, clock.micros());
        }
    }

    private void proposeCloses(PeerConnection c) {
        for (SpeedSession.Outgoing out : c.speed.outgoing) {
            if (!out.proposed) {
                out.proposed = true;
                sendBtt(c, BttMessage.Close.of(out.payer.proposeFinal()));
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void sendBtt(PeerConnection c, BttMessage message) {
        host.send(c, c.speed.ids.toRemote(NAME, message.encode()));
    }

    private Outcome submit(Operation operation, TransactionListener listener) {
        long timestamp = nextTimestamp();
        Transaction tx = new Transaction(address, operation, timestamp, timestamp + TRANSACTION_LIFETIME_MICROS);
        return settings.chain().submit(SignedTransaction.sign(tx, settings.signer()), listener);
    }

    /** The head block's time, or just after our previous transaction's, whichever is later. */
    private long nextTimestamp() {
        lastTimestamp = Math.max(settings.chain().headBlockTimeMicros(), lastTimestamp + 1);
        return lastTimestamp;
    }

    private static SpeedSession.Incoming incoming(SpeedSession s, TxId id) {
        for (SpeedSession.Incoming in : s.incoming) {
            if (in.announced.channel().equals(id)) {
                return in;
            }
        }
        throw new WireException("channel " + id + " was never announced");
    }

    private static SpeedSession.Outgoing outgoing(SpeedSession s, TxId id) {
        for (SpeedSession.Outgoing out : s.outgoing) {
            if (out.id.equals(id)) {
                return out;
            }
        }
        throw new WireException("channel " + id + " is none of ours");
    }

    SpeedStats stats(List<PeerConnection> connections) {
        int holding = 0;
        for (PeerConnection c : connections) {
            if (isHolding(c)) {
                holding++;
            }
        }
        return new SpeedStats(bid, paid, earned, pricedBytesSent, pricedBytesReceived, channelsOpened,
                closesSubmitted, settler.statesSubmitted(), settler.pendingCount(), holding);
    }

    /** A channel's opening transaction; its reports come on the chain's thread and go to the loop. */
    private final class Opening implements TransactionListener {
        private final PeerConnection c;
        private final long deposit;
        private final long expiry;

        Opening(PeerConnection c, long deposit, long expiry) {
            this.c = c;
            this.deposit = deposit;
            this.expiry = expiry;
        }

        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
            host.runInLoop(() -> onOpened(c, id, deposit, expiry));
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
            host.runInLoop(() -> {
                reserved -= deposit;
                c.speed.opening = false;
                LOG.log(System.Logger.Level.INFO, "opening channel {0} dropped: {1}", id, reason.message());
            });
        }
    }

    /** A transaction whose fate only matters if it fails. */
    private record Logged(String what) implements TransactionListener {
        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
            LOG.log(System.Logger.Level.WARNING, "{0} transaction {1} dropped: {2}", what, id, reason.message());
        }
    }
}
