package atlas.protocols.chain;

/**
 * The acceptance rules of a one-way BTT payment channel, applied alike by the recipient off chain
 * and by the chain when a state is submitted. Modelled on the ledger BitTorrent Speed shipped
 * (TRON-US go-btfs-common {@code ledger.proto}: a channel between payer and recipient, closed with
 * a sequence, final balances and both signatures); expiry and the challenge window are ours, after
 * Spilman-style one-way channels and Lightning's dispute period.
 *
 * <ol>
 * <li><b>Open.</b> The payer escrows a deposit of one TRC-10 asset on chain for a recipient named
 *     by public key, with an expiry time. The channel's id is the opening transaction's id; its
 *     opening state is sequence 0, nothing paid.</li>
 * <li><b>Update (off chain).</b> The payer signs {@link ChannelState#updateMessage()} for a state
 *     whose sequence is strictly higher than the last one, whose paid amount does not decrease and
 *     never exceeds the deposit ({@link #checkUpdate}). The recipient countersigns each update it
 *     accepts, acknowledging it ({@link #checkCountersignature}).</li>
 * <li><b>Cooperative close.</b> Either party submits a state both signed over
 *     {@link ChannelState#finalMessage()} ({@link #checkFinal}); the escrow is split at once:
 *     {@code paid} to the recipient, the rest back to the payer. Allowed until the channel is settled,
 *     even during a challenge window.</li>
 * <li><b>Unilateral close.</b> Either party submits its latest state. The recipient's needs the
 *     payer's signature (so it cannot claim more than the payer signed); the payer's needs both
 *     (so it cannot sign itself a high-sequence, low-paid state). The first submission starts the
 *     challenge window; until the deadline either party may submit a newer state under the same
 *     signature rules, which replaces it. Sequence 0 (the opening state) needs no signature and
 *     may start the window only. Later submissions do not extend the deadline.</li>
 * <li><b>Expiry.</b> A channel with no submission by its expiry behaves as if the opening state was
 *     submitted at the expiry: the deadline is {@code min(first submission, expiry) + window}.</li>
 * <li><b>Settle.</b> At or after the deadline either party settles: the latest submitted state's
 *     {@code paid} goes to the recipient and {@code deposit - paid} to the payer. A settled channel
 *     accepts nothing more. No one can take more than the deposit, since every accepted state has
 *     {@code 0 <= paid <= deposit}.</li>
 * </ol>
 */
public final class ChannelRules {

    private ChannelRules() {
    }

    /**
     * Whether {@code candidate}, signed by the payer, may follow {@code latest} in a channel holding
     * {@code deposit}. Cheap checks come before the signature.
     */
    public static Outcome checkUpdate(SignedState candidate, ChannelState latest, long deposit,
            byte[] payerKey, Verifier verifier) {
        ChannelState state = candidate.state();
        Outcome amounts = checkAmounts(state, latest.channel(), deposit);
        if (!amounts.isOk()) {
            return amounts;
        }
        if (state.sequence() <= latest.sequence()) {
            return Outcome.STALE_SEQUENCE;
        }
        if (state.paid() < latest.paid()) {
            return Outcome.PAID_DECREASED;
        }
        if (!verifier.verify(payerKey, state.updateMessage(), candidate.payerSignature())) {
            return Outcome.BAD_PAYER_SIGNATURE;
        }
        return Outcome.OK;
    }

    /** Whether the recipient has countersigned {@code signed}'s update message. */
    public static Outcome checkCountersignature(SignedState signed, byte[] recipientKey, Verifier verifier) {
        return verifier.verify(recipientKey, signed.state().updateMessage(), signed.recipientSignature())
                ? Outcome.OK : Outcome.BAD_RECIPIENT_SIGNATURE;
    }

    /** Whether {@code signed} is a final state of {@code channel} that both parties signed. */
    public static Outcome checkFinal(SignedState signed, TxId channel, long deposit, byte[] payerKey,
            byte[] recipientKey, Verifier verifier) {
        ChannelState state = signed.state();
        Outcome amounts = checkAmounts(state, channel, deposit);
        if (!amounts.isOk()) {
            return amounts;
        }
        byte[] message = state.finalMessage();
        if (!verifier.verify(payerKey, message, signed.payerSignature())) {
            return Outcome.BAD_PAYER_SIGNATURE;
        }
        if (!verifier.verify(recipientKey, message, signed.recipientSignature())) {
            return Outcome.BAD_RECIPIENT_SIGNATURE;
        }
        return Outcome.OK;
    }

    private static Outcome checkAmounts(ChannelState state, TxId channel, long deposit) {
        if (!state.channel().equals(channel)) {
            return Outcome.WRONG_CHANNEL;
        }
        if (state.paid() < 0) {
            return Outcome.NEGATIVE_AMOUNT;
        }
        if (state.paid() > deposit) {
            return Outcome.EXCEEDS_DEPOSIT;
        }
        return Outcome.OK;
    }
}
