package atlas.protocols.chain;

/**
 * The payer's side of an open channel: signs each payment as a new state and keeps the latest
 * state the recipient countersigned, which is what it may submit to close alone (rule 4 of
 * {@link ChannelRules}). Not thread-safe.
 */
public final class PayerChannel {

    private final long deposit;
    private final Signer signer;
    private final byte[] payerKey;
    private final byte[] recipientKey;
    private final Verifier verifier;
    private ChannelState latest;
    private SignedState acknowledged;

    /**
     * @param channel the opening transaction's id
     * @param deposit base units escrowed at open
     * @param signer the payer's key
     * @param recipientKey the recipient's public key
     * @param verifier the scheme both keys belong to
     */
    public PayerChannel(TxId channel, long deposit, Signer signer, byte[] recipientKey, Verifier verifier) {
        if (deposit <= 0) {
            throw new IllegalArgumentException("deposit must be positive, got " + deposit);
        }
        this.deposit = deposit;
        this.signer = signer;
        this.payerKey = signer.publicKey();
        this.recipientKey = recipientKey.clone();
        this.verifier = verifier;
        this.latest = ChannelState.opening(channel);
        this.acknowledged = new SignedState(latest, new byte[0], new byte[0]);
    }

    /** Base units still unpaid out of the deposit. */
    public long remaining() {
        return deposit - latest.paid();
    }

    /** The latest state the payer signed. */
    public ChannelState latest() {
        return latest;
    }

    /**
     * Pays {@code amount} more: the next state, signed. Throws if {@code amount} is not positive or
     * exceeds {@link #remaining()}, since no recipient would accept such a state.
     */
    public SignedState pay(long amount) {
        if (amount <= 0 || amount > remaining()) {
            throw new IllegalArgumentException("cannot pay " + amount + " with " + remaining() + " remaining");
        }
        latest = latest.next(amount);
        return SignedState.byPayer(latest, signer.sign(latest.updateMessage()));
    }

    /**
     * Records the recipient's acknowledgement of one of our states. Returns why it was refused, if
     * it was: older than what we already hold, not a state we signed, or not countersigned properly.
     */
    public Outcome onCountersigned(SignedState signed) {
        if (signed.state().sequence() <= acknowledged.state().sequence()) {
            return Outcome.STALE_SEQUENCE;
        }
        if (!verifier.verify(payerKey, signed.state().updateMessage(), signed.payerSignature())) {
            // Not a state we signed (altered, or never sent): the chain would refuse it from us anyway.
            return Outcome.BAD_PAYER_SIGNATURE;
        }
        Outcome check = ChannelRules.checkCountersignature(signed, recipientKey, verifier);
        if (check.isOk()) {
            acknowledged = signed;
        }
        return check;
    }

    /** The latest state both parties signed: the payer's unilateral-close evidence. */
    public SignedState acknowledged() {
        return acknowledged;
    }

    /** The payer's half of a cooperative close at the latest state. */
    public SignedState proposeFinal() {
        return SignedState.byPayer(latest, signer.sign(latest.finalMessage()));
    }
}
