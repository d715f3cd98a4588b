package atlas.sim.chain;

import static atlas.sim.chain.ChainFixture.BTT;
import static atlas.sim.chain.ChainFixture.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.TxId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guards the on-chain channel rules of {@link atlas.protocols.chain.ChannelRules}: escrow at open,
 * cooperative and unilateral close, a newer state winning inside the window, expiry, and that no
 * one takes more than the payer signed or than the deposit; every refusal names its rule and
 * changes nothing.
 */
class ChannelOnChainTest {

    private static final long DEPOSIT = 1_000;
    private static final long WINDOW = ChainParameters.defaults().challengeWindowMicros();

    private final ChainFixture f = ChainFixture.standard();
    private final Signer payer = f.users.get(0);
    private final Signer recipient = f.users.get(1);
    private final Signer stranger = f.users.get(2);
    private TxId id;
    private long expiry;

    @BeforeEach
    void open() {
        expiry = 10 * WINDOW;
        id = f.open(payer, recipient, DEPOSIT, expiry);
    }

    private ChannelState state(long sequence, long paid) {
        return new ChannelState(id, sequence, paid);
    }

    private void assertRefused(Outcome expected, Signer from, Operation op) {
        List<Object> before = f.snapshot(id);
        assertEquals(expected, f.run(from, op));
        assertEquals(before, f.snapshot(id));
    }

    private Operation submit(SignedState state) {
        return new Operation.SubmitState(state);
    }

    private void assertSplit(long toRecipient) {
        assertEquals(ChannelView.Status.SETTLED, f.channel(id).status());
        assertEquals(1_000_000 - DEPOSIT + (DEPOSIT - toRecipient), f.btt(0));
        assertEquals(1_000_000 + toRecipient, f.btt(1));
    }

    @Test
    void openEscrowsTheDeposit() {
        ChannelView view = f.channel(id);
        assertEquals(ChannelView.Status.OPEN, view.status());
        assertEquals(DEPOSIT, view.deposit());
        assertEquals(payer.address(), view.payer());
        assertEquals(recipient.address(), view.recipient());
        assertEquals(expiry + WINDOW, view.deadlineMicros());
        assertEquals(1_000_000 - DEPOSIT, f.btt(0));
    }

    @Test
    void openRules() {
        long later = f.chain.nowMicros() + WINDOW;
        assertRefused(Outcome.AMOUNT_NOT_POSITIVE, payer, new Operation.OpenChannel(recipient.publicKey(), BTT, 0, later));
        assertRefused(Outcome.TO_SELF, payer, new Operation.OpenChannel(payer.publicKey(), BTT, 1, later));
        assertRefused(Outcome.UNKNOWN_ASSET, payer, new Operation.OpenChannel(recipient.publicKey(), 5, 1, later));
        assertRefused(Outcome.RECIPIENT_NOT_FOUND, payer,
                new Operation.OpenChannel(f.keys.newSigner().publicKey(), BTT, 1, later));
        assertRefused(Outcome.EXPIRY_NOT_IN_FUTURE, payer,
                new Operation.OpenChannel(recipient.publicKey(), BTT, 1, f.chain.nowMicros()));
        assertRefused(Outcome.OVERFLOW, payer,
                new Operation.OpenChannel(recipient.publicKey(), BTT, 1, Long.MAX_VALUE - 1));
        assertRefused(Outcome.INSUFFICIENT_ASSET_BALANCE, payer,
                new Operation.OpenChannel(recipient.publicKey(), BTT, 1_000_000, later));
    }

    @Test
    void cooperativeCloseSplitsAtOnce() {
        assertEquals(Outcome.OK, f.run(recipient, new Operation.CloseChannel(f.finalState(payer, recipient, state(3, 400)))));
        assertSplit(400);
        // Closing twice: the channel is gone.
        assertRefused(Outcome.CHANNEL_CLOSED, payer,
                new Operation.CloseChannel(f.finalState(payer, recipient, state(3, 400))));
        assertRefused(Outcome.CHANNEL_CLOSED, recipient, new Operation.SettleChannel(id));
    }

    @Test
    void cooperativeCloseRules() {
        SignedState updateOnly = f.bothSigned(payer, recipient, state(1, 10));
        assertRefused(Outcome.BAD_PAYER_SIGNATURE, payer, new Operation.CloseChannel(updateOnly));
        SignedState halfSigned = SignedState.byPayer(state(1, 10), payer.sign(state(1, 10).finalMessage()));
        assertRefused(Outcome.BAD_RECIPIENT_SIGNATURE, payer, new Operation.CloseChannel(halfSigned));
        assertRefused(Outcome.EXCEEDS_DEPOSIT, recipient,
                new Operation.CloseChannel(f.finalState(payer, recipient, state(1, DEPOSIT + 1))));
        assertRefused(Outcome.NOT_A_PARTY, stranger,
                new Operation.CloseChannel(f.finalState(payer, recipient, state(1, 10))));
        TxId unknown = new TxId(1, 2);
        assertRefused(Outcome.CHANNEL_NOT_FOUND, payer,
                new Operation.CloseChannel(f.finalState(payer, recipient, new ChannelState(unknown, 1, 10))));
    }

    @Test
    void recipientClosesAloneAndANewerStateWinsInsideTheWindow() {
        assertEquals(Outcome.OK, f.run(recipient, submit(f.byPayer(payer, state(2, 200)))));
        long closedAt = f.chain.headBlockTimeMicros();
        assertEquals(ChannelView.Status.CLOSING, f.channel(id).status());
        assertEquals(closedAt + WINDOW, f.channel(id).deadlineMicros());
        // The payer's older, countersigned state loses; a newer one from the recipient wins.
        assertRefused(Outcome.STALE_SEQUENCE, payer, submit(f.bothSigned(payer, recipient, state(1, 100))));
        assertRefused(Outcome.WINDOW_OPEN, payer, new Operation.SettleChannel(id));
        assertEquals(Outcome.OK, f.run(recipient, submit(f.byPayer(payer, state(5, 500)))));
        assertEquals(closedAt + WINDOW, f.channel(id).deadlineMicros());
        f.chain.advanceTo(closedAt + WINDOW);
        assertRefused(Outcome.DEADLINE_PASSED, recipient, submit(f.byPayer(payer, state(6, 600))));
        assertEquals(Outcome.OK, f.run(payer, new Operation.SettleChannel(id)));
        assertSplit(500);
    }

    @Test
    void noOneClaimsMoreThanSignedOrDeposited() {
        SignedState honest = f.byPayer(payer, state(1, 100));
        SignedState inflated = new SignedState(state(1, 900), honest.payerSignature(), honest.recipientSignature());
        assertRefused(Outcome.BAD_PAYER_SIGNATURE, recipient, submit(inflated));
        assertRefused(Outcome.BAD_PAYER_SIGNATURE, recipient, submit(f.byPayer(stranger, state(1, 900))));
        assertRefused(Outcome.EXCEEDS_DEPOSIT, recipient, submit(f.byPayer(payer, state(1, DEPOSIT + 1))));
        assertRefused(Outcome.NEGATIVE_AMOUNT, payer, submit(f.bothSigned(payer, recipient, state(1, -1))));
        // The payer signs anything; a state it submits must carry the recipient's countersignature.
        assertRefused(Outcome.BAD_RECIPIENT_SIGNATURE, payer, submit(f.byPayer(payer, state(9, 0))));
        assertRefused(Outcome.NOT_A_PARTY, stranger, submit(f.byPayer(payer, state(1, 100))));
    }

    @Test
    void payerClosesWithAnAcknowledgedStateAndTheRecipientChallenges() {
        assertEquals(Outcome.OK, f.run(payer, submit(f.bothSigned(payer, recipient, state(1, 100)))));
        assertRefused(Outcome.PAID_DECREASED, recipient, submit(f.byPayer(payer, state(2, 50))));
        assertEquals(Outcome.OK, f.run(recipient, submit(f.byPayer(payer, state(3, 300)))));
        f.chain.advanceTo(f.channel(id).deadlineMicros());
        assertEquals(Outcome.OK, f.run(recipient, new Operation.SettleChannel(id)));
        assertSplit(300);
    }

    @Test
    void payerMayStartTheWindowWithTheOpeningState() {
        assertEquals(Outcome.OK, f.run(payer, submit(new SignedState(ChannelState.opening(id), new byte[0], new byte[0]))));
        assertEquals(ChannelView.Status.CLOSING, f.channel(id).status());
        assertRefused(Outcome.STALE_SEQUENCE, payer, submit(new SignedState(ChannelState.opening(id), new byte[0], new byte[0])));
        f.chain.advanceTo(f.channel(id).deadlineMicros());
        assertEquals(Outcome.OK, f.run(payer, new Operation.SettleChannel(id)));
        assertSplit(0);
    }

    @Test
    void anExpiredChannelReturnsTheDepositUnlessTheRecipientClaimsInTime() {
        f.chain.advanceTo(expiry);
        assertRefused(Outcome.WINDOW_OPEN, payer, new Operation.SettleChannel(id));
        assertEquals(Outcome.OK, f.run(recipient, submit(f.byPayer(payer, state(4, 250)))));
        assertEquals(expiry + WINDOW, f.channel(id).deadlineMicros());
        f.chain.advanceTo(expiry + WINDOW);
        assertEquals(Outcome.OK, f.run(payer, new Operation.SettleChannel(id)));
        assertSplit(250);
    }

    @Test
    void anUnclaimedExpiredChannelGoesBackToThePayer() {
        f.chain.advanceTo(expiry + WINDOW);
        assertRefused(Outcome.DEADLINE_PASSED, recipient, submit(f.byPayer(payer, state(1, 100))));
        assertEquals(Outcome.OK, f.run(payer, new Operation.SettleChannel(id)));
        assertSplit(0);
        assertEquals(1_000_000, f.btt(0));
    }

    @Test
    void channelCallsPayBandwidth() {
        long before = f.trx(1);
        f.run(recipient, submit(f.byPayer(payer, state(1, 1))));
        f.run(recipient, submit(f.byPayer(payer, state(2, 2))));
        f.run(recipient, submit(f.byPayer(payer, state(3, 3))));
        // A submission with one signature bills 355 bytes: the first is free, the next two burn.
        assertEquals(before - 2 * 355 * 1000, f.trx(1));
        assertEquals(BTT, f.channel(id).assetId());
    }
}
