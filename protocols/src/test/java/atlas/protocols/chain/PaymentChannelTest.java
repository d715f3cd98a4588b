package atlas.protocols.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Guards the off-chain channel rules each side applies: the recipient takes only newer,
 * non-decreasing, payer-signed states within the deposit, and a refused update changes nothing.
 */
class PaymentChannelTest {

    private static final TxId CHANNEL = new TxId(7, 11);
    private static final long DEPOSIT = 1_000;

    private final Ed25519Signer payerKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(5L));
    private final Ed25519Signer recipientKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(6L));
    private final Ed25519Signer stranger = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(7L));
    private final Verifier verifier = new Ed25519Verifier();
    private final PayerChannel payer = new PayerChannel(CHANNEL, DEPOSIT, payerKey, recipientKey.publicKey(), verifier);
    private final RecipientChannel recipient =
            new RecipientChannel(CHANNEL, DEPOSIT, recipientKey, payerKey.publicKey(), verifier);

    private SignedState signedByPayer(ChannelState state) {
        return SignedState.byPayer(state, payerKey.sign(state.updateMessage()));
    }

    @Test
    void paymentsAccumulateAndAreAcknowledged() {
        assertEquals(Outcome.OK, recipient.accept(payer.pay(100)));
        assertEquals(Outcome.OK, recipient.accept(payer.pay(250)));
        assertEquals(350, recipient.received());
        assertEquals(650, payer.remaining());
        SignedState ack = recipient.countersign();
        assertEquals(Outcome.OK, payer.onCountersigned(ack));
        assertSame(ack, payer.acknowledged());
        assertEquals(Outcome.STALE_SEQUENCE, payer.onCountersigned(ack));
    }

    @Test
    void replayedOrOlderUpdateIsStale() {
        SignedState first = payer.pay(100);
        assertEquals(Outcome.OK, recipient.accept(first));
        assertEquals(Outcome.STALE_SEQUENCE, recipient.accept(first));
        assertEquals(Outcome.OK, recipient.accept(payer.pay(1)));
        assertEquals(Outcome.STALE_SEQUENCE, recipient.accept(first));
        assertEquals(101, recipient.received());
    }

    @Test
    void eachBrokenRuleHasItsReasonAndChangesNothing() {
        recipient.accept(payer.pay(100));
        SignedState before = recipient.latest();
        ChannelState latest = before.state();
        assertEquals(Outcome.PAID_DECREASED, recipient.accept(signedByPayer(new ChannelState(CHANNEL, 2, 99))));
        assertEquals(Outcome.EXCEEDS_DEPOSIT, recipient.accept(signedByPayer(new ChannelState(CHANNEL, 2, DEPOSIT + 1))));
        assertEquals(Outcome.NEGATIVE_AMOUNT, recipient.accept(signedByPayer(new ChannelState(CHANNEL, 2, -1))));
        assertEquals(Outcome.WRONG_CHANNEL, recipient.accept(signedByPayer(new ChannelState(new TxId(7, 12), 2, 200))));
        ChannelState next = latest.next(50);
        assertEquals(Outcome.BAD_PAYER_SIGNATURE,
                recipient.accept(SignedState.byPayer(next, stranger.sign(next.updateMessage()))));
        // Altered after signing: the recipient claims more than the payer signed.
        SignedState honest = signedByPayer(next);
        SignedState inflated = new SignedState(latest.next(60), honest.payerSignature(), honest.recipientSignature());
        assertEquals(Outcome.BAD_PAYER_SIGNATURE, recipient.accept(inflated));
        // A signature for closing is not a signature for an update.
        assertEquals(Outcome.BAD_PAYER_SIGNATURE,
                recipient.accept(SignedState.byPayer(next, payerKey.sign(next.finalMessage()))));
        assertSame(before, recipient.latest());
    }

    @Test
    void payerCannotOverdraw() {
        payer.pay(DEPOSIT - 1);
        assertThrows(IllegalArgumentException.class, () -> payer.pay(2));
        assertThrows(IllegalArgumentException.class, () -> payer.pay(0));
        assertEquals(1, payer.remaining());
    }

    @Test
    void payerRefusesAForeignAcknowledgement() {
        recipient.accept(payer.pay(10));
        SignedState forged = recipient.latest().countersigned(stranger.sign(recipient.latest().state().updateMessage()));
        assertEquals(Outcome.BAD_RECIPIENT_SIGNATURE, payer.onCountersigned(forged));
        SignedState honest = recipient.countersign();
        SignedState inflated = new SignedState(honest.state().next(0), honest.payerSignature(),
                recipientKey.sign(honest.state().next(0).updateMessage()));
        assertEquals(Outcome.BAD_PAYER_SIGNATURE, payer.onCountersigned(inflated));
        ChannelState ahead = payer.latest().next(5);
        assertEquals(Outcome.BAD_PAYER_SIGNATURE,
                payer.onCountersigned(new SignedState(ahead, new byte[0], recipientKey.sign(ahead.updateMessage()))));
    }

    @Test
    void cooperativeCloseNeedsBothSignaturesOnTheLatestState() {
        recipient.accept(payer.pay(300));
        SignedState agreed = recipient.agreeFinal(payer.proposeFinal());
        assertEquals(Outcome.OK, ChannelRules.checkFinal(agreed, CHANNEL, DEPOSIT, payerKey.publicKey(),
                recipientKey.publicKey(), verifier));
        SignedState proposalOnly = payer.proposeFinal();
        assertEquals(Outcome.BAD_RECIPIENT_SIGNATURE, ChannelRules.checkFinal(proposalOnly, CHANNEL, DEPOSIT,
                payerKey.publicKey(), recipientKey.publicKey(), verifier));
        // Closing below what was already paid is refused by the recipient.
        ChannelState low = new ChannelState(CHANNEL, 1, 100);
        assertNull(recipient.agreeFinal(SignedState.byPayer(low, payerKey.sign(low.finalMessage()))));
        // An update signature does not close.
        SignedState updateSigned = recipient.latest().countersigned(recipientKey.sign(recipient.latest().state().updateMessage()));
        assertEquals(Outcome.BAD_PAYER_SIGNATURE, ChannelRules.checkFinal(updateSigned, CHANNEL, DEPOSIT,
                payerKey.publicKey(), recipientKey.publicKey(), verifier));
    }
}
