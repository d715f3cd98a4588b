package atlas.protocols.chain;

/**
 * A channel state with the signatures gathered for it. An empty array means that party has not
 * signed. For an update the signatures cover {@link ChannelState#updateMessage()}; for a
 * cooperative close, {@link ChannelState#finalMessage()}. Like any record with array components,
 * equality compares the signature arrays by identity; compare {@link #state()} for content.
 *
 * @param state the balance
 * @param payerSignature the payer's signature, or empty
 * @param recipientSignature the recipient's countersignature, or empty
 */
public record SignedState(ChannelState state, byte[] payerSignature, byte[] recipientSignature) {

    private static final byte[] NONE = new byte[0];

    /** An update signed by the payer alone, as it travels from payer to recipient. */
    public static SignedState byPayer(ChannelState state, byte[] payerSignature) {
        return new SignedState(state, payerSignature, NONE);
    }

    /** The same state with the recipient's countersignature added. */
    public SignedState countersigned(byte[] signature) {
        return new SignedState(state, payerSignature, signature);
    }

    /** Whether the recipient has countersigned. */
    public boolean hasRecipientSignature() {
        return recipientSignature.length > 0;
    }
}
