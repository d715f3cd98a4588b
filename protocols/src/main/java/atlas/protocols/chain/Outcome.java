package atlas.protocols.chain;

/**
 * The result of submitting or executing a transaction, or of checking an off-chain channel update:
 * {@link #OK} or the one rule it broke. Transfer reasons follow java-tron's {@code TransferActuator}
 * and {@code TransferAssetActuator} validations and {@code BandwidthProcessor}; channel reasons
 * follow {@link ChannelRules}.
 */
public enum Outcome {
    OK("accepted"),

    // Envelope (java-tron Manager.validateCommon / validateDup / validateTapos, TransactionCapsule.validateSignature)
    TOO_LARGE("transaction exceeds the maximum transaction size"),
    EXPIRED("transaction expiration is not after the head block time"),
    EXPIRATION_TOO_FAR("transaction expiration is more than the maximum ahead"),
    DUPLICATE("a transaction with this id was already accepted (replay)"),
    OWNER_KEY_MISMATCH("public key does not derive the owner address"),
    BAD_SIGNATURE("signature does not verify against the owner's public key"),
    OWNER_NOT_FOUND("owner account does not exist"),

    // Transfers
    AMOUNT_NOT_POSITIVE("amount must be greater than 0"),
    TO_SELF("cannot transfer to oneself"),
    UNKNOWN_ASSET("no such TRC-10 asset"),
    INSUFFICIENT_BALANCE("TRX balance is not sufficient for amount plus fee"),
    INSUFFICIENT_ASSET_BALANCE("asset balance is not sufficient"),
    OVERFLOW("a balance would overflow"),
    INSUFFICIENT_BANDWIDTH("free bandwidth used up and TRX balance cannot pay the burn"),

    // Channels on chain
    RECIPIENT_NOT_FOUND("channel recipient account does not exist"),
    EXPIRY_NOT_IN_FUTURE("channel expiry is not after the head block time"),
    CHANNEL_NOT_FOUND("no channel with this id"),
    CHANNEL_CLOSED("channel is already settled"),
    NOT_A_PARTY("only the channel's payer or recipient may do this"),
    DEADLINE_PASSED("the channel's challenge deadline has passed"),
    WINDOW_OPEN("the channel's challenge window has not ended"),

    // Channel states, on and off chain
    WRONG_CHANNEL("state names another channel"),
    STALE_SEQUENCE("sequence is not higher than the latest state's"),
    PAID_DECREASED("paid amount is lower than the latest state's"),
    NEGATIVE_AMOUNT("paid amount is negative"),
    EXCEEDS_DEPOSIT("paid amount exceeds the channel's deposit"),
    BAD_PAYER_SIGNATURE("payer signature does not verify"),
    BAD_RECIPIENT_SIGNATURE("recipient signature does not verify");

    private final String message;

    Outcome(String message) {
        this.message = message;
    }

    /** What the rule says, for logs and error lines. */
    public String message() {
        return message;
    }

    public boolean isOk() {
        return this == OK;
    }
}
