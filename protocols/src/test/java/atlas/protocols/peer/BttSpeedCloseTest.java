package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bid.Prices;
import atlas.protocols.chain.Address;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Ed25519Signer;
import atlas.protocols.chain.Ed25519Verifier;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import atlas.protocols.pay.Participation;
import atlas.protocols.pay.PayAsYouGoParams;
import atlas.protocols.wire.ExtendedHandshake;
import atlas.protocols.wire.PeerMessage;
import atlas.protocols.wire.WireException;
import atlas.protocols.wire.btt.BttMessage;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The close of BTT Speed, one connection driven message by message: a finished downloader
 * withdraws its bid and pays every priced block the uploader sent before answering the
 * withdrawal, closing its channels only then (blocks in flight at completion were never paid
 * before), and bids no more; a recipient whose cooperative close the chain refused submits it again,
 * keeps the connection open meanwhile, and hands it to the settler if the connection closes first;
 * an uploader that leaves tells the peers that owe it, which pay it all and close at once, and
 * keeps the connection open until they have (at once when nothing is owed).
 */
class BttSpeedCloseTest {

    private static final long ASSET = 1_002_000;
    private static final long PRICE = 777_777;
    private static final long DEPOSIT = 5_000_000;
    private static final long EXPIRY = 86_400_000_000L;
    private static final int BLOCK = 16 * 1024;
    /** The extended id the remote receives btt_speed under. */
    private static final int REMOTE_ID = 3;
    private static final TxId CHANNEL = new TxId(7, 9);
    private static final PayAsYouGoParams PAYG = new PayAsYouGoParams(128 * 1024, 512 * 1024);

    private final Signer us = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
    private final Signer remote = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(2L));
    private final TestChain chain = new TestChain();
    private final RecordingHost host = new RecordingHost();
    private final PeerConnection c = new PeerConnection(null, new InetSocketAddress(6881), true, 1 << 15, 16, 0);
    /** What the downloader's strategy bids; the test changes it. */
    private long strategyPrice = PRICE;
    private long now = 1;

    // ---- the downloader -----------------------------------------------------------------------

    @Test
    void blocksSentBeforeTheAnswerToTheWithdrawalArePaidBeforeTheClose() {
        BttSpeed speed = pricedDownloader();
        receiveBlocks(speed, 10);
        chain.include(0, CHANNEL);

        speed.onDownloadComplete(List.of(c), now);
        assertEquals(new BttMessage.Bid(0), host.lastBtt(), "the bid is withdrawn");
        assertTrue(host.btt(BttMessage.Close.class).isEmpty(), "no close before the withdrawal is answered");
        receiveBlocks(speed, 3); // endgame duplicates and blocks sent before the withdrawal was read
        strategyPrice = 2 * PRICE;
        speed.onRound(List.of(c), 0, now);
        assertEquals(new BttMessage.Bid(0), host.lastBtt(), "a finished downloader bids no more");
        assertTrue(host.btt(BttMessage.Close.class).isEmpty());

        receive(speed, new BttMessage.Price(0, remote.publicKey()));
        long owed = Prices.valueOf(PRICE, 13L * BLOCK);
        List<BttMessage.Payment> payments = host.btt(BttMessage.Payment.class);
        ChannelState last = payments.get(payments.size() - 1).state();
        assertEquals(owed, last.paid(), "every priced block paid");
        List<BttMessage.Close> closes = host.btt(BttMessage.Close.class);
        assertEquals(1, closes.size());
        assertEquals(last, closes.get(0).state(), "closed at the state that paid it all");
        assertEquals(owed, speed.stats(List.of(c)).paid());

        receiveBlocks(speed, 2); // free: they came after the price 0
        assertEquals(payments.size(), host.btt(BttMessage.Payment.class).size());
    }

    @Test
    void aConnectionWhoseBidWasAlreadyWithdrawnAndAnsweredClosesAtOnce() {
        BttSpeed speed = pricedDownloader();
        receiveBlocks(speed, 4);
        chain.include(0, CHANNEL);
        strategyPrice = 0;
        speed.onRound(List.of(c), 1, now);
        receive(speed, new BttMessage.Price(0, remote.publicKey()));
        int bids = host.btt(BttMessage.Bid.class).size();

        speed.onDownloadComplete(List.of(c), now);
        assertEquals(bids, host.btt(BttMessage.Bid.class).size(), "no bid to withdraw");
        List<BttMessage.Close> closes = host.btt(BttMessage.Close.class);
        assertEquals(1, closes.size());
        assertEquals(Prices.valueOf(PRICE, 4L * BLOCK), closes.get(0).state().paid());
    }

    @Test
    void aChannelStillOpeningWhenTheFinalPriceArrivesIsPaidThroughAndClosedOnceItLands() {
        BttSpeed speed = pricedDownloader();
        receiveBlocks(speed, 5);
        speed.onDownloadComplete(List.of(c), now);
        receive(speed, new BttMessage.Price(0, remote.publicKey()));
        assertTrue(host.btt(BttMessage.Close.class).isEmpty(), "no channel on chain yet");
        assertTrue(speed.holdsOpen(c, now), "the debt waits for its channel");

        chain.include(0, CHANNEL);
        List<BttMessage> sent = host.btt(BttMessage.class);
        assertInstanceOf(BttMessage.ChannelAnnouncement.class, sent.get(sent.size() - 3));
        long owed = Prices.valueOf(PRICE, 5L * BLOCK);
        assertEquals(owed, assertInstanceOf(BttMessage.Payment.class, sent.get(sent.size() - 2)).state().paid());
        assertEquals(owed, assertInstanceOf(BttMessage.Close.class, sent.get(sent.size() - 1)).state().paid());
    }

    @Test
    void leavingReadWithAChannelStillOpeningPaysThroughItAndClosesItOnceItLands() {
        BttSpeed speed = pricedDownloader();
        receiveBlocks(speed, 5);
        receive(speed, BttMessage.Leaving.INSTANCE);
        assertTrue(host.btt(BttMessage.Close.class).isEmpty(), "no channel on chain yet");

        chain.include(0, CHANNEL);
        List<BttMessage> sent = host.btt(BttMessage.class);
        assertInstanceOf(BttMessage.ChannelAnnouncement.class, sent.get(sent.size() - 3));
        long owed = Prices.valueOf(PRICE, 5L * BLOCK);
        assertEquals(owed, assertInstanceOf(BttMessage.Payment.class, sent.get(sent.size() - 2)).state().paid(),
                "the whole debt, below a payment interval's worth");
        assertEquals(owed, assertInstanceOf(BttMessage.Close.class, sent.get(sent.size() - 1)).state().paid());
    }

    @Test
    void leavingReadWhileAPaymentIsInFlightPaysTheRestAndClosesAtTheLatestState() {
        BttSpeed speed = pricedDownloader();
        receiveBlocks(speed, 1);
        chain.include(0, CHANNEL);
        receiveBlocks(speed, 9); // a payment interval's worth: one payment, not yet acknowledged
        List<BttMessage.Payment> before = host.btt(BttMessage.Payment.class);
        assertTrue(before.get(before.size() - 1).state().paid() < Prices.valueOf(PRICE, 10L * BLOCK));

        receive(speed, BttMessage.Leaving.INSTANCE);
        List<BttMessage.Payment> payments = host.btt(BttMessage.Payment.class);
        ChannelState last = payments.get(payments.size() - 1).state();
        assertEquals(Prices.valueOf(PRICE, 10L * BLOCK), last.paid(), "every block paid");
        assertEquals(last, host.btt(BttMessage.Close.class).get(0).state());
        assertEquals(new BttMessage.Bid(PRICE), host.btt(BttMessage.Bid.class).get(0), "no withdrawal needed");
        assertEquals(1, host.btt(BttMessage.Bid.class).size());

        // The acknowledgement of the earlier payment still arrives and is taken; a block after leaving is not.
        BttMessage.Payment first = before.get(before.size() - 1);
        SignedState countersigned = new SignedState(first.state(), first.payerSignature(),
                remote.sign(first.state().updateMessage()));
        receive(speed, BttMessage.Ack.of(countersigned));
        assertThrows(WireException.class, () -> speed.onBlockReceived(c, BLOCK, now));
    }

    @Test
    void aLeavingDownloaderWithdrawsItsBidAndSettlesOnTheAnswer() {
        BttSpeed speed = pricedDownloader();
        receiveBlocks(speed, 3);
        chain.include(0, CHANNEL);

        speed.leave(List.of(c), now);
        assertEquals(new BttMessage.Bid(0), host.lastBtt(), "a downloader owes nothing as uploader: no leaving");
        assertTrue(speed.holdsOpen(c, now), "the answer to the withdrawal is awaited");
        receiveBlocks(speed, 2);
        receive(speed, new BttMessage.Price(0, remote.publicKey()));
        assertEquals(Prices.valueOf(PRICE, 5L * BLOCK), host.btt(BttMessage.Close.class).get(0).state().paid());
    }

    // ---- the recipient ------------------------------------------------------------------------

    @Test
    void aLeavingUploaderIsPaidWhatWasInFlightAndTheRestThenClosesTheChannel() {
        BttSpeed speed = recipient();
        receive(speed, new BttMessage.Bid(PRICE));
        for (int i = 0; i < 12; i++) {
            speed.onServed(c, BLOCK);
        }
        long owed = Prices.valueOf(PRICE, 12L * BLOCK);
        PayerChannel payer = announceChannelToUs(speed);
        SignedState inFlight = payer.pay(owed / 2); // signed before the payer read our leaving

        speed.leave(List.of(c), now);
        assertEquals(BttMessage.Leaving.INSTANCE, host.lastBtt());
        assertTrue(speed.holdsOpen(c, now), "owed money");
        receive(speed, BttMessage.Payment.of(inFlight));
        receive(speed, BttMessage.Payment.of(payer.pay(owed - owed / 2)));
        assertEquals(owed, speed.stats(List.of(c)).earned());
        assertTrue(speed.holdsOpen(c, now), "the channel is not closed yet");
        receive(speed, BttMessage.Close.of(payer.proposeFinal()));

        assertEquals(1, speed.stats(List.of(c)).closesSubmitted());
        assertFalse(speed.holdsOpen(c, now), "settled: the connection may close");
        receive(speed, new BttMessage.Bid(PRICE));
        assertEquals(0, assertInstanceOf(BttMessage.Price.class, host.lastBtt()).pricePerMiB(),
                "a leaver earns no more");
    }

    @Test
    void aLeaveWithNothingOwedClosesAtOnce() {
        BttSpeed speed = recipient();
        receive(speed, new BttMessage.Bid(PRICE));
        int sent = host.btt(BttMessage.class).size();

        speed.leave(List.of(c), now);
        assertEquals(sent, host.btt(BttMessage.class).size(), "nobody to tell: nothing sent");
        assertFalse(speed.holdsOpen(c, now));
    }

    @Test
    void aLeaveAfterEveryChannelClosedSendsNothing() {
        BttSpeed speed = recipient();
        PayerChannel payer = payToUs(speed, 300_000);
        receive(speed, BttMessage.Close.of(payer.proposeFinal()));
        int sent = host.btt(BttMessage.class).size();

        speed.leave(List.of(c), now);
        assertEquals(sent, host.btt(BttMessage.class).size());
        assertFalse(speed.holdsOpen(c, now));
    }

    @Test
    void aCloseTheChainRefusedIsSubmittedAgainWhileTheConnectionHoldsOpen() {
        BttSpeed speed = recipient();
        PayerChannel payer = payToUs(speed, 300_000);
        chain.closesToRefuse = 1;
        receive(speed, BttMessage.Close.of(payer.proposeFinal()));
        assertEquals(0, speed.stats(List.of(c)).closesSubmitted());
        assertTrue(speed.holdsOpen(c, now), "the channel is not closed yet");

        speed.onTick(c, now);
        assertEquals(1, speed.stats(List.of(c)).closesSubmitted());
        Operation close = chain.submitted.get(chain.submitted.size() - 1);
        assertEquals(300_000, assertInstanceOf(Operation.CloseChannel.class, close).finalState().state().paid());
        assertFalse(speed.holdsOpen(c, now));
        speed.onTick(c, now);
        assertEquals(1, chain.countOf(Operation.CloseChannel.class), "submitted once it was accepted");
    }

    @Test
    void aCloseStillRefusedWhenTheConnectionClosesIsLeftToTheSettler() {
        BttSpeed speed = recipient();
        PayerChannel payer = payToUs(speed, 300_000);
        chain.closesToRefuse = Integer.MAX_VALUE;
        receive(speed, BttMessage.Close.of(payer.proposeFinal()));

        speed.onClosed(c);
        speed.onTick();
        Operation alone = chain.submitted.get(chain.submitted.size() - 1);
        assertEquals(300_000, assertInstanceOf(Operation.SubmitState.class, alone).state().state().paid());
        assertEquals(1, speed.stats(List.of()).channelsSettling());
    }

    // ---- fixture ------------------------------------------------------------------------------

    private BttSpeed downloader() {
        BttSpeed speed = new BttSpeed(settings(new Participation(true, true, true)), host, () -> now, BLOCK);
        greet(speed);
        speed.onRound(List.of(c), 1 << 20, now);
        assertEquals(new BttMessage.Bid(PRICE), host.lastBtt());
        return speed;
    }

    /** A bidder whose uploader answered its bid with the price: the blocks from now on are owed. */
    private BttSpeed pricedDownloader() {
        BttSpeed speed = downloader();
        receive(speed, new BttMessage.Price(PRICE, remote.publicKey()));
        return speed;
    }

    private BttSpeed recipient() {
        BttSpeed speed = new BttSpeed(settings(new Participation(true, false, true)), host, () -> now, BLOCK);
        greet(speed);
        return speed;
    }

    private SpeedSettings settings(Participation participation) {
        return new SpeedSettings(chain, us, new Ed25519Verifier(), ASSET, participation,
                participation.bids() ? (t, rate, remaining, committed) -> strategyPrice : null, PAYG, DEPOSIT,
                EXPIRY, 3_600_000_000L, 10_000_000L);
    }

    private void greet(BttSpeed speed) {
        speed.open(c, 0, 16);
        speed.onExtended(c, new ExtendedHandshake(Map.of(BttMessage.EXTENSION_NAME, REMOTE_ID), 0, Optional.empty(), 0)
                .toMessage(), now);
    }

    /** The remote payer bids, opens {@link #CHANNEL} to us on chain, announces it and pays {@code amount}. */
    private PayerChannel payToUs(BttSpeed speed, long amount) {
        receive(speed, new BttMessage.Bid(PRICE));
        PayerChannel payer = announceChannelToUs(speed);
        receive(speed, BttMessage.Payment.of(payer.pay(amount)));
        assertEquals(amount, speed.stats(List.of(c)).earned());
        return payer;
    }

    /** The remote payer opens {@link #CHANNEL} to us on chain and announces it. */
    private PayerChannel announceChannelToUs(BttSpeed speed) {
        chain.channel = new ChannelView(CHANNEL, remote.address(), us.address(), ASSET, DEPOSIT, EXPIRY,
                ChannelState.opening(CHANNEL), EXPIRY, ChannelView.Status.OPEN);
        receive(speed, new BttMessage.ChannelAnnouncement(CHANNEL, ASSET, DEPOSIT, EXPIRY, remote.publicKey()));
        return new PayerChannel(CHANNEL, DEPOSIT, remote, us.publicKey(), new Ed25519Verifier());
    }

    private void receive(BttSpeed speed, BttMessage message) {
        now++;
        speed.onExtended(c, new PeerMessage.Extended(BttSpeed.EXTENSION_ID, message.encode()), now);
    }

    private void receiveBlocks(BttSpeed speed, int blocks) {
        for (int i = 0; i < blocks; i++) {
            now++;
            speed.onBlockReceived(c, BLOCK, now);
        }
    }

    /** The peer's loop, run at once; keeps the btt_speed messages sent to the remote. */
    private static final class RecordingHost implements BttSpeed.Host {
        private final List<BttMessage> sent = new ArrayList<>();

        @Override
        public void send(PeerConnection c, PeerMessage message) {
            PeerMessage.Extended e = (PeerMessage.Extended) message;
            if (e.extendedId() == REMOTE_ID) {
                sent.add(BttMessage.decode(e.payload()));
            }
        }

        @Override
        public void serve(PeerConnection c) {
        }

        @Override
        public void runInLoop(Runnable task) {
            task.run();
        }

        <T extends BttMessage> List<T> btt(Class<T> type) {
            return sent.stream().filter(type::isInstance).map(type::cast).toList();
        }

        BttMessage lastBtt() {
            return sent.get(sent.size() - 1);
        }
    }

    /**
     * A node with BTT for any deposit and at most one channel, which the test puts on it; it keeps
     * what is submitted, includes openings when the test says, and refuses cooperative closes while
     * told to.
     */
    private static final class TestChain implements Chain {
        final List<Operation> submitted = new ArrayList<>();
        final List<TransactionListener> listeners = new ArrayList<>();
        ChannelView channel;
        int closesToRefuse;

        /** Includes the {@code n}th transaction submitted, under {@code id}. */
        void include(int n, TxId id) {
            listeners.get(n).onIncluded(id, 1, 0);
        }

        long countOf(Class<? extends Operation> type) {
            return submitted.stream().filter(type::isInstance).count();
        }

        @Override
        public long trxBalance(Address account) {
            return 1_000_000_000;
        }

        @Override
        public long assetBalance(Address account, long assetId) {
            return 1_000_000_000;
        }

        @Override
        public boolean accountExists(Address account) {
            return true;
        }

        @Override
        public Optional<ChannelView> channel(TxId id) {
            return Optional.ofNullable(channel).filter(v -> v.id().equals(id));
        }

        @Override
        public long headBlockTimeMicros() {
            return 0;
        }

        @Override
        public Outcome submit(SignedTransaction transaction, TransactionListener listener) {
            Operation operation = transaction.transaction().operation();
            if (operation instanceof Operation.CloseChannel && closesToRefuse > 0) {
                closesToRefuse--;
                return Outcome.INSUFFICIENT_BANDWIDTH;
            }
            submitted.add(operation);
            listeners.add(listener);
            return Outcome.OK;
        }
    }
}
