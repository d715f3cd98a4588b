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
 *     on credit, up to the credit limit, then holds requests. When it runs dry a new one is
 *     opened; the old one stays open until the connection closes.</li>
 * <li><b>Payments.</b> Off chain, as wire messages with the link's latency: the downloader pays its
 *     debt whenever it is due (PAYMENT), the uploader checks and countersigns it (RECEIPT) and
 *     serves the requests it held. Messages are never lost here, so no resend is needed.</li>
 * <li><b>Close.</b> When the connection closes, the downloader pays its whole debt, both parties
 *     sign the final state of each channel and the payer submits a cooperative close, which splits
 *     the escrow on chain. This final exchange is done in one step, as if the last messages of
 *     the connection crossed instantly; what the downloader still owed beyond its channels is the
 *     uploader's unpaid credit lost.</li>
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
        announce(ab);
        announce(ba);
    }

    private void announce(Link link) {
        Wallet wallet = link.local.wallet;
        if (wallet.bid > 0 && link.remote().wallet.participation.earns()) {
            link.send(Wire.packValue(Wire.BID, wallet.bid));
        }
    }

    /** A bidder's rechoke round: asks its strategy and announces a changed price to its paid connections. */
    void updateBid(Peer peer) {
        Wallet wallet = peer.wallet;
        long now = swarm.engine.now();
        long committed = wallet.committedClosed;
        for (int i = 0; i < peer.links.size(); i++) {
            Payments p = peer.links.get(i).payments;
            if (p != null) {
                committed += p.download.accrued();
            }
        }
        long bid = wallet.strategy.price(now, wallet.downloadMeter.rate(now), peer.bytesRemaining(), committed);
        if (bid == wallet.bid) {
            return;
        }
        wallet.bid = bid;
        for (int i = 0; i < peer.links.size(); i++) {
            Link link = peer.links.get(i);
            if (link.payments != null && link.remote().wallet.participation.earns()) {
                link.send(Wire.packValue(Wire.BID, bid));
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

    /** PRICE reached the downloader: the blocks after it carry this price. */
    void onPrice(Link link, long price) {
        link.payments.download.setPrice(price);
        pay(link);
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
        channel.recipient = recipientSide(channel, link.local.wallet, link.remote().wallet);
        link.payments.incoming = channel;
    }

    /** PAYMENT reached the uploader: checked, credited, countersigned; held requests resume. */
    void onPayment(Link link, SignedState update) {
        Payments p = link.payments;
        PaidChannel channel = p.incoming;
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
        if (channel == null) {
            if (!p.opening) {
                open(link);
            }
            return;
        }
        if (!ledger.paymentDue()) {
            return;
        }
        long before = ledger.paid();
        SignedState update = ledger.payIfDue(channel.payer);
        if (update != null) {
            link.local.wallet.paid += ledger.paid() - before;
            channel.lastUpdate = update;
            link.sendWith(Wire.PAYMENT, update);
        } else if (!p.opening) {
            open(link); // ran dry
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
        Outcome outcome = submit(wallet.signer, new Operation.OpenChannel(link.remote().wallet.publicKey, assetId,
                deposit, expiry), new Opening(link, link.remote().wallet, deposit));
        if (outcome.isOk()) {
            wallet.reserved += deposit;
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
        if (link.other == null) {
            channel.recipient = recipientSide(channel, recipient, payer);
            close(payer, recipient, channel);
            return;
        }
        link.payments.opening = false;
        link.payments.channels.add(channel);
        link.sendWith(Wire.CHANNEL, channel);
        pay(link);
    }

    private RecipientChannel recipientSide(PaidChannel channel, Wallet recipient, Wallet payer) {
        long deposit = chain.channel(channel.id).orElseThrow().deposit();
        return new RecipientChannel(channel.id, deposit, recipient.signer, payer.publicKey, verifier);
    }

    // ---- closing ---------------------------------------------------------------------------------

    /** The connection of {@code link} closes: settles the direction in which {@code link}'s peer downloads. */
    void settle(Link link) {
        Payments p = link.payments;
        if (p == null) {
            return;
        }
        Wallet payer = link.local.wallet;
        Wallet recipient = link.remote().wallet;
        Payments remote = link.other.payments;
        PaidChannel current = p.current();
        if (current != null) {
            long before = p.download.paid();
            SignedState last = p.download.payDebt(current.payer);
            if (last != null) {
                payer.paid += p.download.paid() - before;
                current.lastUpdate = last;
            }
        }
        for (PaidChannel channel : p.channels) {
            if (channel.recipient == null) {
                channel.recipient = recipientSide(channel, recipient, payer);
            }
            if (channel.lastUpdate != null && channel.recipient.received() < channel.lastUpdate.state().paid()) {
                long before = remote.upload.received();
                Outcome outcome = remote.upload.onPayment(channel.lastUpdate, channel.recipient);
                if (!outcome.isOk()) {
                    throw new IllegalStateException("an honest final payment was refused: " + outcome.message());
                }
                recipient.earned += remote.upload.received() - before;
            }
            close(payer, recipient, channel);
        }
        p.channels.clear();
        recipient.unpaidLost += remote.upload.unpaid();
        payer.committedClosed += p.download.accrued();
        payer.waitingForFunds.remove(link);
    }

    /** Both sign the channel's final state; the payer submits the close, or the recipient if the payer cannot. */
    private void close(Wallet payer, Wallet recipient, PaidChannel channel) {
        SignedState agreed = channel.recipient.agreeFinal(channel.payer.proposeFinal());
        if (agreed == null) {
            throw new IllegalStateException("the recipient refused the final state of channel " + channel.id);
        }
        Operation close = new Operation.CloseChannel(agreed);
        Closing listener = new Closing(payer, channel.deposit);
        if (!submit(payer.signer, close, listener).isOk()) {
            // Without fees for it (say) the payer cannot close; otherwise the escrow waits for the expiry.
            submit(recipient.signer, close, listener);
        }
    }

    /** Money came in (funding, or a channel's rest returned): the links waiting for it try to open a channel again. */
    void onFundsArrived(Wallet wallet) {
        List<Link> waiting = List.copyOf(wallet.waitingForFunds);
        wallet.waitingForFunds.clear();
        for (Link link : waiting) {
            if (link.other != null) {
                link.payments.opening = false;
                pay(link);
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
                    w.participation.bids(), w.freeRider, w.bid, w.paid, w.earned, w.unpaidLost, assetBalance(w),
                    w.received);
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
        }
    }

    /** A cooperative close: once included, the escrow leaves the channels and the payer's waiting links retry. */
    private final class Closing implements TransactionListener {
        private final Wallet payer;
        private final long deposit;

        Closing(Wallet payer, long deposit) {
            this.payer = payer;
            this.deposit = deposit;
        }

        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
            openChannels--;
            bttInChannels -= deposit;
            onFundsArrived(payer);
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
        }
    }
}
