package atlas.sim.chain;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.TxId;

/** A payment channel as the ledger keeps it (rules in {@link atlas.protocols.chain.ChannelRules}). */
final class ChannelRecord {

    /** {@link #firstSubmissionMicros} before any state was submitted. */
    static final long NONE = Long.MAX_VALUE;

    final TxId id;
    final Address payer;
    final Address recipient;
    final byte[] payerKey;
    final byte[] recipientKey;
    final int asset;
    final long deposit;
    final long expiresAtMicros;
    final long windowMicros;
    ChannelState submitted;
    long firstSubmissionMicros = NONE;
    boolean settled;

    ChannelRecord(TxId id, Address payer, byte[] payerKey, Address recipient, byte[] recipientKey, int asset,
            long deposit, long expiresAtMicros, long windowMicros) {
        this.id = id;
        this.payer = payer;
        this.payerKey = payerKey;
        this.recipient = recipient;
        this.recipientKey = recipientKey;
        this.asset = asset;
        this.deposit = deposit;
        this.expiresAtMicros = expiresAtMicros;
        this.windowMicros = windowMicros;
        this.submitted = ChannelState.opening(id);
    }

    /** Submissions are accepted before this time and settlement from it on (the ledger checked it cannot overflow). */
    long deadlineMicros() {
        return Math.min(firstSubmissionMicros, expiresAtMicros) + windowMicros;
    }

    boolean isParty(Address address) {
        return payer.equals(address) || recipient.equals(address);
    }

    ChannelView view(long assetId) {
        ChannelView.Status status = settled ? ChannelView.Status.SETTLED
                : firstSubmissionMicros == NONE ? ChannelView.Status.OPEN : ChannelView.Status.CLOSING;
        return new ChannelView(id, payer, recipient, assetId, deposit, expiresAtMicros, submitted, deadlineMicros(),
                status);
    }
}
