package atlas.protocols.chain;

/**
 * The recipient's side of an open channel: accepts the payer's updates by {@link ChannelRules},
 * keeps the latest (its unilateral-close evidence) and countersigns it. Not thread-safe.
 */
public final class RecipientChannel {

    private final long deposit;
    private final Signer signer;
    private final byte[] payerKey;
    private final Verifier verifier;
    private SignedState latest;

    /**
     * @param channel the opening transaction's id
     * @param deposit base units the payer escrowed (read from the chain, not from the payer)
     * @param signer the recipient's key
     * @param payerKey the payer's public key
     * @param verifier the scheme both keys belong to
     */
    public RecipientChannel(TxId channel, long deposit, Signer signer, byte[] payerKey, Verifier verifier) {
        this.deposit = deposit;
        this.signer = signer;
        this.payerKey = payerKey.clone();
        this.verifier = verifier;
        this.latest = new SignedState(ChannelState.opening(channel), new byte[0], new byte[0]);
    }

    /** Checks an update from the payer and, if it passes, makes it the latest. Changes nothing otherwise. */
    public Outcome accept(SignedState update) {
        Outcome check = ChannelRules.checkUpdate(update, latest.state(), deposit, payerKey, verifier);
        if (check.isOk()) {
            latest = update;
        }
        return check;
    }

    /** Base units received so far. */
    public long received() {
        return latest.state().paid();
    }

    /** The latest accepted update, as signed by the payer. */
    public SignedState latest() {
        return latest;
    }

    /** The latest update with our countersignature, to send back to the payer. */
    public SignedState countersign() {
        return latest.countersigned(signer.sign(latest.state().updateMessage()));
    }

    /**
     * Adds our signature to the payer's close proposal if it closes at our latest state exactly
     * (the payer may not close below what it already paid). Returns null when we refuse.
     */
    public SignedState agreeFinal(SignedState proposal) {
        if (!proposal.state().equals(latest.state())
                || !verifier.verify(payerKey, proposal.state().finalMessage(), proposal.payerSignature())) {
            return null;
        }
        return proposal.countersigned(signer.sign(proposal.state().finalMessage()));
    }
}
