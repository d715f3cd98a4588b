package atlas.sim.swarm;

import atlas.protocols.bid.BidStrategies;
import atlas.protocols.bid.BidStrategy;
import atlas.protocols.bid.BttAmount;
import atlas.protocols.bid.ValueOfTimeBid;
import atlas.protocols.bid.ValueOfTimeBidParams;
import atlas.protocols.chain.Address;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import atlas.protocols.chain.Verifier;
import atlas.protocols.pay.DownloadLedger;
import atlas.protocols.pay.Participation;
import atlas.protocols.rate.RateMeter;
import atlas.sim.chain.ChainStats;
import atlas.sim.chain.GenesisAllocation;
import atlas.sim.chain.Keys;
import atlas.sim.chain.MockChain;
import atlas.sim.economics.TokenPrice;
import atlas.sim.engine.Event;
import atlas.sim.engine.RandomStreams.Purpose;
import atlas.sim.engine.Timer;
import atlas.sim.output.TokenRecord;
import atlas.sim.output.TokenResult;
import atlas.sim.output.TokenSeries;
import atlas.sim.scenario.ChainSettings;
import atlas.sim.scenario.IncentivesSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * BitTorrent Speed in the swarm (issue 5): the mock chain, the participants' wallets, and the
 * per-connection payments that the protocol module's ledgers account for. Exists only in a run with
 * an {@code incentives} section; without one no peer, link or event touches it.
 *
 * <p>Lifecycle, following the protocol side's integration rules:
 * <ul>
 * <li><b>Funding.</b> A participant arrives without BTT; the {@link Funder} sends it TRX for fees
 *     and its BTT holdings (drawn per participant), airdrops and top-ups, and it may open channels
 *     once its holdings are included.</li>
 * <li><b>Money.</b> The token's USD price ({@code token-price}) values bidders' time for strategy
 *     {@code value-of-time} and seeders' earnings for the {@code economic} seeding model, whose
 *     periodic decisions a {@link SeedingReviewer} takes.</li>
 * <li><b>Prices.</b> A bidder announces its strategy's price (BID) to every participant it is
 *     connected to whenever the price changes, at its rechoke rounds. The uploader takes the
 *     agreed price ({@link Participation#agreedPrice}) for the blocks it sends from then on, and
 *     echoes it (PRICE) into the data stream, where it precedes exactly those blocks: so both
 *     ledgers switch at the same byte, as TCP's order guarantees.</li>
 * <li><b>Channels.</b> On the first priced block the downloader opens a channel to the uploader
 *     on chain (OpenChannel, its deposit escrowed). Until a block includes it, the uploader serves
 *     on credit, up to the credit limit, then holds requests. As soon as it runs dry with money
 *     owed a new one is opened ({@code DownloadLedger.needsChannel}); the old one stays open until
 *     the connection closes or the download completes.</li>
 * <li><b>Payments.</b> Off chain, as wire messages with the link's latency: the downloader pays its
 *     debt whenever it is due (PAYMENT), the uploader checks and countersigns it (RECEIPT) and
 *     serves the requests it held. Messages are never lost here, so no resend is needed.</li>
 * <li><b>Close.</b> A connection closes when a peer leaves, and peers leave on purpose (they
 *     give up or stop seeding), which the protocol's peer does gracefully
 *     ({@code TorrentPeer.leave}, the spec's "Leaving": a downloader withdraws its bid, an uploader sends LEAVING, and the
 *     other side, reading the answer or LEAVING behind every block sent before it, pays and
 *     proposes the closes). So the downloader owes for every block the uploader sent, those still
 *     on the wire included; it pays its whole debt, both parties sign the final state of each
 *     channel and the recipient submits a cooperative close, which splits the escrow on chain.
 *     This final exchange is done in one step, as if the last messages of the connection crossed
 *     instantly. A peer that vanishes without leaving (a crash), whose channels the protocol's
 *     peer closes alone with a challenge window, is not modelled. A debt its channels cannot
 *     cover is settled as the protocol's peer settles it before letting a finished connection go
 *     ({@code BttSpeed.holdsOpen}, {@code pay}): through the channel being opened, or one opened
 *     once money arrives (a transfer, the rest of a closing channel), paid and closed in one step
 *     too. Only what a free rider owes, or an
 *     honest downloader with no money on its way cannot pay, is the uploader's unpaid credit lost.</li>
 * <li><b>Completion.</b> A bidder whose download is complete withdraws its bid (BID 0) on every
 *     connection; the uploader's answer, PRICE 0, follows every block it sent at a price, so when
 *     it arrives the bidder pays all it owes on that connection and closes its channels, as the
 *     protocol's peer does ({@link #onDownloadComplete}).</li>
 * </ul>
 */
final class Economy implements Event {

    /** A channel's expiry after its opening: beyond any run, so channels close cooperatively. */
    private static final long CHANNEL_LIFETIME_MICROS = 30L * 86_400_000_000L;

    final Swarm swarm;
    final IncentivesSettings settings;
    final MockChain chain;
    private final Keys keys;
    private final Verifier verifier;
    final long assetId;
    private final long expirationMicros;
    private final Timer blockTimer;
    private final TokenSeries series = new TokenSeries();
    final TokenPrice price;
    final Funder funder;
    private int openChannels;
    private long bttInChannels;
    /** Links of closed connections whose downloader still owes, in order of closing (see {@link #settle}). */
    private final List<Link> settling = new ArrayList<>();
    Economy(Swarm swarm, IncentivesSettings settings, ChainSettings chainSettings) {
        this.swarm = swarm;
        this.settings = settings;
        this.keys = chainSettings.signer().newKeys(swarm.streams.stream(Purpose.KEYS));
        this.verifier = keys.verifier();
        GenesisAllocation genesis = chainSettings.genesis();
        this.assetId = genesis.assetId();
        Map<String, Signer> holders = new HashMap<>();
        for (GenesisAllocation.Line line : genesis.lines()) {
            holders.put(line.category(), keys.newSigner());
        }
        this.chain = new MockChain(chainSettings.parameters(), genesis, category -> holders.get(category).address(),
                verifier, swarm.streams.stream(Purpose.CHAIN));
        this.expirationMicros = chainSettings.parameters().defaultExpirationMicros();
        this.blockTimer = swarm.engine.timer(this, Swarm.PRIORITY_CHAIN);
        this.price = settings.tokenPrice().create(swarm.streams.stream(Purpose.PRICE));
        this.funder = new Funder(this, settings, holders.get(settings.funder()));
    }

    void start() {
        blockTimer.schedule(chain.nextSlotMicros());
        funder.start();
    }

    /** The block timer: the chain produces every slot due by now. */
    @Override
    public void fire() {
        chain.advanceTo(swarm.engine.now());
        abandonUnfundable();
        blockTimer.schedule(chain.nextSlotMicros());
    }

    // ---- participants ---------------------------------------------------------------------------

    /** The wallet of a joining peer, funded on chain; null if it does not take part. */
    Wallet join(PeerSpec spec) {
        // The peer's own stream: whether it takes part, bids and cheats, then its holdings, then (a
        // bidder) the value of its time; an initial seed draws only its holdings.
        UniformRandomProvider draws = swarm.streams.stream(Purpose.INCENTIVES, spec.id());
        Participation participation;
        boolean freeRider = false;
        if (spec.initialSeed()) {
            participation = settings.seedsEarn() ? new Participation(true, false, true) : Participation.NONE;
        } else {
            boolean takesPart = draws.nextDouble() < settings.participation();
            boolean bids = draws.nextDouble() < settings.bidders();
            participation = takesPart ? new Participation(true, bids, true) : Participation.NONE;
            freeRider = draws.nextDouble() < settings.freeRiders() && bids;
        }
        if (!participation.takesPart()) {
            return null;
        }
        long holdings = Math.round(settings.holdings().sample(draws));
        Wallet wallet = new Wallet(participation, participation.bids() ? bidStrategy(draws) : null, keys.newSigner(),
                RateMeter.MAINLINE_WINDOW_MICROS);
        wallet.freeRider = freeRider;
        funder.fund(wallet, holdings);
        return wallet;
    }

    /**
     * The bidder's strategy: the scenario's, except that with a money value of time the
     * {@code value-of-time} strategy values this bidder's hour at its own draw, converted at the
     * token's price of the moment.
     */
    private BidStrategy bidStrategy(UniformRandomProvider draws) {
        if (settings.valueOfTime() == null) {
            return settings.bid().create(BidStrategies.REGISTRY);
        }
        double usdPerHour = settings.valueOfTime().sample(draws);
        return new ValueOfTimeBid((ValueOfTimeBidParams) settings.bid().params(),
                now -> usdPerHour / price.usdPerBtt(now) * BttAmount.UNITS_PER_BTT);
    }

    /** Starts a completed peer's periodic seeding decisions under a reviewing seeding model. */
    SeedingReviewer reviewSeeding(Peer peer) {
        return new SeedingReviewer(peer, swarm.peerFactory.review, price, settings.costs());
    }

    /** Sets up a new connection's payments if both ends take part, and announces standing bids. */
    void onConnected(Link ab, Link ba) {
        if (ab.local.wallet == null || ba.local.wallet == null) {
            return;
        }
        ab.payments = new Payments(settings.payment());
        ba.payments = new Payments(settings.payment());
        ab.payments.remote = ba.payments;
        ab.payments.remoteWallet = ba.local.wallet;
        ba.payments.remote = ab.payments;
        ba.payments.remoteWallet = ab.local.wallet;
        announce(ab);
        announce(ba);
    }

    private void announce(Link link) {
        Wallet wallet = link.local.wallet;
        if (wallet.bid > 0 && link.remote().wallet.participation.earns()) {
            sendBid(link, wallet.bid);
        }
    }

    private static void sendBid(Link link, long bid) {
        link.payments.bidsUnanswered++;
        link.send(Wire.packValue(Wire.BID, bid));
    }

    /**
     * A bidder's rechoke round: asks its strategy and announces a changed price to its paid
     * connections. A bidder whose download is complete has withdrawn its bid for good
     * ({@link #onDownloadComplete}).
     */
    void updateBid(Peer peer) {
        Wallet wallet = peer.wallet;
        if (wallet.finished) {
            return;
        }
        long now = swarm.engine.now();
        long committed = wallet.committedClosed;
        for (int i = 0; i < peer.links.size(); i++) {
            Payments p = peer.links.get(i).payments;
            if (p != null) {
                committed += p.download.accrued();
            }
        }
        long bid = wallet.strategy.price(now, wallet.downloadMeter.rate(now), peer.bytesRemaining(), committed);
        wallet.downloadingBid = bid;
        announceBid(peer, bid);
    }

    /** Sends {@code bid} to the peer's paid connections if it changed. */
    private static void announceBid(Peer peer, long bid) {
        Wallet wallet = peer.wallet;
        if (bid == wallet.bid) {
            return;
        }
        wallet.bid = bid;
        for (int i = 0; i < peer.links.size(); i++) {
            Link link = peer.links.get(i);
            if (link.payments != null && link.remote().wallet.participation.earns()) {
                sendBid(link, bid);
            }
        }
    }

    // ---- messages: {@code link} is the receiving end --------------------------------------------

    /** BID reached the uploader: the agreed price holds for the blocks it sends from now on. */
    void onBid(Link link, long bid) {
        Payments p = link.payments;
        long agreed = Participation.agreedPrice(link.remote().wallet.participation, bid,
                link.local.wallet.participation);
        p.upload.setPrice(agreed);
        link.send(Wire.packValue(Wire.PRICE, agreed));
        link.serveHeld();
    }

    /**
     * PRICE reached the downloader: the blocks after it carry this price. For a downloader whose
     * download is complete, the answer to its last bid, 0, is the end of the priced stream.
     */
    void onPrice(Link link, long price) {
        Payments p = link.payments;
        p.bidsUnanswered--;
        p.download.setPrice(price);
        if (link.local.wallet.finished && p.bidsUnanswered == 0) {
            closeAtCompletion(link);
        } else {
            pay(link);
        }
    }

    /** A block reached the downloader over {@code link}. */
    void onBlock(Link link, int bytes) {
        Wallet wallet = link.local.wallet;
        if (wallet.downloadMeter != null) {
            // The bidder's own rate, for its strategy: the links' meters are the chokers'.
            wallet.downloadMeter.record(swarm.engine.now(), bytes);
        }
        Payments p = link.payments;
        if (p == null || p.download.price() == 0) {
            return;
        }
        p.download.onDataReceived(bytes);
        p.pricedBytes += bytes;
        pay(link);
    }

    /** CHANNEL reached the uploader: it reads the deposit from the chain, not from the payer. */
    void onChannel(Link link, PaidChannel channel) {
        if (channel.recipient == null) { // else closed at a completion while this message was on the wire
            channel.recipient = recipientSide(channel, link.local.wallet, link.remote().wallet);
        }
        link.payments.incoming = channel;
    }

    /** PAYMENT reached the uploader: checked, credited, countersigned; held requests resume. */
    void onPayment(Link link, SignedState update) {
        Payments p = link.payments;
        PaidChannel channel = p.incoming;
        if (update.state().paid() <= channel.recipient.received()) {
            return; // its channel was closed at a completion with a later state while this was on the wire
        }
        long before = p.upload.received();
        Outcome outcome = p.upload.onPayment(update, channel.recipient);
        if (!outcome.isOk()) {
            throw new IllegalStateException("an honest payment was refused: " + outcome.message());
        }
        link.local.wallet.earned += p.upload.received() - before;
        link.sendWith(Wire.RECEIPT, channel.recipient.countersign());
        link.serveHeld();
    }

    /** RECEIPT reached the downloader: its acknowledged state, evidence for a unilateral close. */
    void onReceipt(Link link, SignedState countersigned) {
        for (PaidChannel channel : link.payments.channels) {
            if (channel.id.equals(countersigned.state().channel())) {
                channel.payer.onCountersigned(countersigned);
            }
        }
    }

    // ---- paying ----------------------------------------------------------------------------------

    /** The downloader's end: pays what is due, opening a channel first if it has none that can pay. */
    private void pay(Link link) {
        Payments p = link.payments;
        DownloadLedger ledger = p.download;
        if (ledger.debt() <= 0 || link.local.wallet.freeRider) {
            return;
        }
        PaidChannel channel = p.current();
        if (channel != null) {
            long before = ledger.paid();
            SignedState update = ledger.payIfDue(channel.payer);
            if (update != null) {
                link.local.wallet.paid += ledger.paid() - before;
                channel.lastUpdate = update;
                link.sendWith(Wire.PAYMENT, update);
            }
        }
        if (!p.opening && ledger.needsChannel(channel == null ? null : channel.payer)) {
            open(link); // none yet, or this one ran dry
        }
    }

    private void open(Link link) {
        Payments p = link.payments;
        Wallet wallet = link.local.wallet;
        p.opening = true;
        if (!wallet.funded) {
            wallet.waitingForFunds.add(link);
            return;
        }
        long free = chain.assetBalance(wallet.address, assetId) - wallet.reserved;
        funder.topUpIfShort(wallet, free);
        long deposit = Math.min(settings.deposit(), free);
        if (deposit <= 0) {
            // All its BTT is escrowed: it waits for a channel to close and return its rest, and
            // meanwhile is served no more than its credit.
            wallet.waitingForFunds.add(link);
            return;
        }
        long expiry = swarm.engine.now() + CHANNEL_LIFETIME_MICROS;
        Outcome outcome = submit(wallet.signer, new Operation.OpenChannel(p.remoteWallet.publicKey, assetId,
                deposit, expiry), new Opening(link, p.remoteWallet, deposit));
        if (outcome.isOk()) {
            wallet.reserved += deposit;
            return;
        }
        // Refused (no TRX for the fee, say): an open connection tries again at its next priced
        // block, as the protocol's peer retries (BttSpeed.openChannel); a closed one's debt is lost.
        p.opening = false;
        if (p.settling) {
            finish(link);
        }
    }

    /** Included: the payer holds the channel and tells the recipient, or closes it if the connection is gone. */
    private void onOpened(Link link, Wallet recipient, TxId id, long deposit) {
        Wallet payer = link.local.wallet;
        payer.reserved -= deposit;
        openChannels++;
        bttInChannels += deposit;
        PaidChannel channel = new PaidChannel(id, deposit, new PayerChannel(id, deposit, payer.signer,
                recipient.publicKey, verifier));
        Payments p = link.payments;
        p.opening = false;
        p.channels.add(channel);
        if (link.other == null || p.finalPrice) {
            // The connection closed while the channel was on its way, or the payer has finished its
            // download and read its last price: the debt it was opened for is paid through it and it
            // is closed at once, as the protocol's peer does once finishing (BttSpeed.onOpened);
            // with nothing owed, nothing is paid.
            if (link.other != null || p.settling) {
                payDebt(p, payer, channel);
            }
            closeChannels(p, payer);
            if (p.settling) {
                settleRest(link);
            } else if (link.other != null) {
                pay(link); // a channel more if this one could not pay it all
            }
            return;
        }
        link.sendWith(Wire.CHANNEL, channel);
        pay(link);
    }

    private RecipientChannel recipientSide(PaidChannel channel, Wallet recipient, Wallet payer) {
        long deposit = chain.channel(channel.id).orElseThrow().deposit();
        return new RecipientChannel(channel.id, deposit, recipient.signer, payer.publicKey, verifier);
    }

    // ---- closing ---------------------------------------------------------------------------------

    /**
     * The connection of {@code link} closes: settles the direction in which {@code link}'s peer
     * downloads. What the current channel cannot pay stays owed while a channel to pay it is being
     * opened or money to open one is on its way ({@link #settleRest}).
     */
    void settle(Link link) {
        Payments p = link.payments;
        if (p == null) {
            return;
        }
        Wallet payer = link.local.wallet;
        receiveInFlight(link, p);
        payer.committedClosed += p.download.accrued();
        PaidChannel current = p.current();
        if (current != null) {
            payDebt(p, payer, current);
        }
        closeChannels(p, payer);
        if (payer.waitingForFunds.remove(link)) {
            p.opening = false; // no transaction of it is on its way: settleRest decides afresh
        }
        if (p.download.debt() > 0 && !payer.freeRider) {
            p.settling = true;
            settling.add(link);
            if (!p.opening) {
                settleRest(link);
            }
        } else {
            finish(link);
        }
    }

    /**
     * Blocks still on the wire towards the downloader at the close. The uploader counted each when
     * it sent it ({@link Link#onSent}; the protocol's peer when the block enters the socket,
     * {@code BttSpeed.onServed}), and TCP delivers what was sent before a close, which the simulator
     * counts as received ({@link Link#receiveDataInFlight}): so the downloader owes for them too, at
     * the prices of the PRICE messages among them, and both ledgers end on the same bytes.
     */
    private static void receiveInFlight(Link link, Payments p) {
        for (int i = 0; i < link.messagesInFlight(); i++) {
            long message = link.messageInFlight(i);
            int type = Wire.type(message);
            if (type == Wire.PRICE) {
                p.download.setPrice(Wire.value(message));
            } else if (type == Wire.PIECE && p.download.price() > 0) {
                int bytes = link.local.geometry.blockLength(Wire.piece(message), Wire.block(message));
                p.download.onDataReceived(bytes);
                p.pricedBytes += bytes;
            }
        }
    }

    /** Pays the whole debt at a close, as far as {@code channel}'s deposit allows ({@link DownloadLedger#payDebt}). */
    private static void payDebt(Payments p, Wallet payer, PaidChannel channel) {
        long before = p.download.paid();
        SignedState last = p.download.payDebt(channel.payer);
        if (last != null) {
            payer.paid += p.download.paid() - before;
            channel.lastUpdate = last;
        }
    }

    /** The uploader accepts the last payment of each of the downloader's channels, and each is closed. */
    private void closeChannels(Payments p, Wallet payer) {
        Wallet recipient = p.remoteWallet;
        for (PaidChannel channel : p.channels) {
            if (channel.recipient == null) {
                channel.recipient = recipientSide(channel, recipient, payer);
            }
            if (channel.lastUpdate != null && channel.recipient.received() < channel.lastUpdate.state().paid()) {
                long before = p.remote.upload.received();
                Outcome outcome = p.remote.upload.onPayment(channel.lastUpdate, channel.recipient);
                if (!outcome.isOk()) {
                    throw new IllegalStateException("an honest final payment was refused: " + outcome.message());
                }
                recipient.earned += p.remote.upload.received() - before;
            }
            close(payer, recipient, channel);
        }
        p.channels.clear();
    }

    /**
     * A closed connection's downloader still owes and no channel of it is on its way: as the
     * protocol's peer pays a debt its channels cannot cover ({@code BttSpeed.pay}), it opens one,
     * or waits for money to open one with ({@link #onFundsArrived}); with the debt paid the
     * connection's account is final.
     */
    private void settleRest(Link link) {
        if (link.payments.download.debt() > 0) {
            open(link);
        } else {
            finish(link);
        }
    }

    /** The closed connection's account is final: what the downloader still owes is the uploader's loss. */
    private void finish(Link link) {
        Payments p = link.payments;
        p.remoteWallet.unpaidLost += p.remote.upload.unpaid();
        if (p.settling) {
            p.settling = false;
            settling.remove(link);
        }
    }

    /**
     * After each block: a closed connection whose downloader waits for money while none is on its
     * way cannot be paid; the protocol's peer too drops a connection it held open to settle once
     * its time is up. Money escrowed in the channels of its open connections stays there while it
     * downloads, as it would in the protocol's peer; once its download is complete that peer
     * closes them all ({@link #onDownloadComplete}). Waiting for a block lets every connection that
     * closed at the same moment (a departure, a completion) submit its closes first.
     */
    private void abandonUnfundable() {
        for (int i = settling.size() - 1; i >= 0; i--) {
            Link link = settling.get(i);
            Wallet payer = link.local.wallet;
            if (!payer.waitingForFunds.contains(link)) {
                continue;
            }
            if (!moneyOnItsWay(link.local)) {
                payer.waitingForFunds.remove(link);
                link.payments.opening = false;
                finish(link);
            }
        }
    }

    /**
     * The peer has every piece: as the protocol's peer does ({@code BttSpeed.onDownloadComplete}),
     * it withdraws its bid (BID 0) for good and settles each connection once the answer arrives
     * ({@link #onPrice}), since every priced block comes before it; a connection with no bid
     * outstanding is settled now.
     */
    void onDownloadComplete(Peer peer) {
        Wallet payer = peer.wallet;
        payer.finished = true;
        announceBid(peer, 0);
        for (int i = 0; i < peer.links.size(); i++) {
            Link link = peer.links.get(i);
            if (link.payments != null && link.payments.bidsUnanswered == 0) {
                closeAtCompletion(link);
            }
        }
    }

    /**
     * The downloader has every piece and every priced block of this connection: it pays what it
     * owes and closes its channels, in one step as at a connection's close; where it owes without
     * a channel (credit it was served while all its money was escrowed) it opens one, which is
     * paid through and closed at once ({@link #onOpened}).
     */
    private void closeAtCompletion(Link link) {
        Payments p = link.payments;
        Wallet payer = link.local.wallet;
        p.finalPrice = true;
        if (!p.channels.isEmpty()) {
            payDebt(p, payer, p.current());
            closeChannels(p, payer);
        }
        pay(link);
    }

    /**
     * A transfer to {@code payer}, the rest of a channel it is closing or earnings a close will pay
     * it ({@link Wallet#returning}), or a channel it is opening that will be closed once it has
     * paid: for a closed connection, or any once the payer finished; or, once it finished, the
     * rest of a channel that closes when its connection's last price arrives ({@link #onPrice}).
     */
    private boolean moneyOnItsWay(Peer peer) {
        Wallet payer = peer.wallet;
        if (payer.transfersInFlight > 0 || payer.returning > 0 || (payer.finished && payer.reserved > 0)) {
            return true;
        }
        for (int i = 0; payer.finished && i < peer.links.size(); i++) {
            Payments p = peer.links.get(i).payments;
            if (p != null && !p.finalPrice && !p.channels.isEmpty()) {
                return true;
            }
        }
        for (Link link : settling) {
            if (link.local.wallet == payer && link.payments.opening && !payer.waitingForFunds.contains(link)) {
                return true;
            }
        }
        return false;
    }

    /** Both sign the channel's final state; the recipient submits the close, or the payer if the recipient cannot. */
    private void close(Wallet payer, Wallet recipient, PaidChannel channel) {
        SignedState agreed = channel.recipient.agreeFinal(channel.payer.proposeFinal());
        if (agreed == null) {
            throw new IllegalStateException("the recipient refused the final state of channel " + channel.id);
        }
        Operation close = new Operation.CloseChannel(agreed);
        long paid = agreed.state().paid();
        long rest = channel.deposit - paid;
        Closing listener = new Closing(payer, recipient, channel.deposit, rest);
        // The recipient submits it, as the wire spec has it (atlas.protocols.wire.btt); without fees
        // for it (say) the payer does; otherwise the escrow waits for the expiry.
        if (submit(recipient.signer, close, listener).isOk() || submit(payer.signer, close, listener).isOk()) {
            payer.returning += rest;
            recipient.returning += paid;
        }
    }

    /**
     * Money came in (funding, a channel's rest returned, or earnings a close paid out): the links
     * waiting for it try to open a channel again, as the protocol's peer, polling its balance,
     * spends what arrives.
     */
    void onFundsArrived(Wallet wallet) {
        List<Link> waiting = List.copyOf(wallet.waitingForFunds);
        wallet.waitingForFunds.clear();
        for (Link link : waiting) {
            link.payments.opening = false;
            if (link.other != null) {
                pay(link);
            } else {
                settleRest(link);
            }
        }
    }

    Outcome submit(Signer owner, Operation operation, TransactionListener listener) {
        long now = swarm.engine.now();
        Transaction transaction = new Transaction(owner.address(), operation, now, now + expirationMicros);
        return chain.submit(SignedTransaction.sign(transaction, owner), listener);
    }

    // ---- results ---------------------------------------------------------------------------------

    /** Samples the economy with the time series. */
    void sample() {
        series.add(openChannels, bttInChannels, chain.stats().included(), price.usdPerBtt(swarm.engine.now()));
    }

    /** Base units escrowed in channels open on chain. */
    long bttInChannels() {
        return bttInChannels;
    }

    long assetBalance(Wallet wallet) {
        return assetBalance(wallet.address);
    }

    long assetBalance(Address address) {
        return chain.assetBalance(address, assetId);
    }

    TokenResult result(List<Peer> peers) {
        TokenRecord[] records = new TokenRecord[peers.size()];
        for (int i = 0; i < records.length; i++) {
            Peer peer = peers.get(i);
            Wallet w = peer.wallet;
            records[i] = w == null ? TokenRecord.outside(peer.id) : new TokenRecord(peer.id, true,
                    w.participation.bids(), w.freeRider, w.downloadingBid, w.paid, w.earned, w.unpaidLost,
                    assetBalance(w), w.received);
        }
        ChainStats stats = chain.stats();
        return new TokenResult(List.of(records), series, stats.included(), stats.feesBurnedSun(),
                funder.sent(), bttInChannels, chain.supply());
    }

    // ---- what becomes of transactions ------------------------------------------------------------

    /** A channel's opening transaction. */
    private final class Opening implements TransactionListener {
        private final Link link;
        private final Wallet recipient;
        private final long deposit;

        Opening(Link link, Wallet recipient, long deposit) {
            this.link = link;
            this.recipient = recipient;
            this.deposit = deposit;
        }

        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
            onOpened(link, recipient, id, deposit);
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
            link.local.wallet.reserved -= deposit;
            link.payments.opening = false; // the next priced block tries again
            if (link.payments.settling) {
                finish(link); // on a closed connection none comes: the debt it was for is lost
            }
        }
    }

    /** A cooperative close: once included, the escrow leaves the channels and the payer's waiting links retry. */
    private final class Closing implements TransactionListener {
        private final Wallet payer;
        private final Wallet recipient;
        private final long deposit;
        /** What returns to the payer. */
        private final long rest;

        Closing(Wallet payer, Wallet recipient, long deposit, long rest) {
            this.payer = payer;
            this.recipient = recipient;
            this.deposit = deposit;
            this.rest = rest;
        }

        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
            openChannels--;
            bttInChannels -= deposit;
            payer.returning -= rest;
            recipient.returning -= deposit - rest;
            onFundsArrived(payer);
            if (deposit > rest) {
                onFundsArrived(recipient); // its earnings, spendable now
            }
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
            // The escrow waits for the channel's expiry.
            payer.returning -= rest;
            recipient.returning -= deposit - rest;
        }
    }
}
