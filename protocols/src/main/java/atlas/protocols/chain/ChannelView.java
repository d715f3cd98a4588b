package atlas.protocols.chain;

/**
 * A payment channel as the chain records it (rules in {@link ChannelRules}).
 *
 * @param id the opening transaction's id
 * @param payer who escrowed the deposit
 * @param recipient who is paid
 * @param assetId the TRC-10 asset held
 * @param deposit base units escrowed
 * @param expiresAtMicros expiry time set at open
 * @param submitted the latest state submitted on chain (the opening state if none)
 * @param deadlineMicros from this time on the channel can be settled and no state be submitted
 * @param status open, closing (a state was submitted) or settled
 */
public record ChannelView(TxId id, Address payer, Address recipient, long assetId, long deposit,
        long expiresAtMicros, ChannelState submitted, long deadlineMicros, Status status) {

    /** Where a channel is in its life. */
    public enum Status { OPEN, CLOSING, SETTLED }
}
