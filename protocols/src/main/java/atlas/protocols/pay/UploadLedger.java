package atlas.protocols.pay;

import atlas.protocols.bid.Prices;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.SignedState;

/**
 * The uploader's account with one downloader: data sent at the agreed price accrues what the peer
 * owes, payments arrive as channel updates, and the peer is served only while its unpaid amount,
 * the next block included, stays within the credit limit's worth at the current price
 * ({@link PayAsYouGoParams}). So a peer that takes data and never pays gets at most the credit
 * limit's worth before it is cut off, and an honest one resumes as soon as its payment is accepted.
 * This mirrors SWAP's disconnect threshold, except that we stop serving rather than disconnect, so
 * that the peer can still pay and resume.
 *
 * <p>Prices switch as in {@link DownloadLedger}. Not thread-safe; one per connection.
 */
public final class UploadLedger {

    private final long creditLimit;
    private final Accrual delivered = new Accrual();
    private long received;

    public UploadLedger(PayAsYouGoParams params) {
        this.creditLimit = params.creditLimit();
    }

    /** Sets the price, base units per MiB, for data sent from now on; 0 makes it free. */
    public void setPrice(long pricePerMiB) {
        delivered.setPrice(pricePerMiB);
    }

    public long price() {
        return delivered.price();
    }

    /**
     * Whether we may send {@code bytes} more: the peer's unpaid amount after them stays within the
     * credit limit's worth. A free connection with nothing owed is always served; a peer that still
     * owes for earlier paid data is not served beyond the limit even if the price dropped to 0.
     */
    public boolean mayServe(long bytes) {
        return delivered.valueAfter(bytes) - received <= Prices.valueOf(delivered.price(), creditLimit);
    }

    /** Counts {@code bytes} of payload sent at the current price. */
    public void onDataSent(long bytes) {
        delivered.add(bytes);
    }

    /**
     * A payment from the peer: checks it by the channel's rules and, if accepted, credits what it
     * adds. Channel states are cumulative, so a later update also pays for a lost earlier one. The
     * caller sends {@link RecipientChannel#countersign()} back on {@link Outcome#OK}.
     */
    public Outcome onPayment(SignedState update, RecipientChannel channel) {
        long before = channel.received();
        Outcome outcome = channel.accept(update);
        if (outcome.isOk()) {
            received = Math.addExact(received, channel.received() - before);
        }
        return outcome;
    }

    /** Base units the data sent so far is worth. */
    public long delivered() {
        return delivered.value();
    }

    /** Base units received in payments, over every channel passed in. */
    public long received() {
        return received;
    }

    /** Base units owed for data sent and not yet paid. */
    public long unpaid() {
        return delivered.value() - received;
    }
}
