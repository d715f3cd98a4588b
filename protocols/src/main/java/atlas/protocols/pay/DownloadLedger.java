package atlas.protocols.pay;

import atlas.protocols.bid.Prices;
import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.SignedState;

/**
 * The downloader's account with one uploader: data received at the agreed price accrues a debt,
 * and the whole debt is paid through the channel as soon as it reaches a payment interval's worth
 * ({@link PayAsYouGoParams}). So after each {@link #payIfDue} the unpaid value of the data
 * received is below one interval's worth at the current price (unless the channel has run dry),
 * and it never pays for data it has not received: the uploader extends the credit, not the
 * downloader, as in Filecoin retrieval and Swarm's SWAP.
 *
 * <p>A price applies to the bytes received after {@link #setPrice}; both sides must switch at the
 * same point in the byte stream (the caller's protocol decides where: the next requested block,
 * say) for their ledgers to agree to the base unit. Payments are cumulative channel states, so a
 * lost payment message is made good by the next one. Not thread-safe; one per connection.
 */
public final class DownloadLedger {

    private final long paymentInterval;
    private final Accrual accrued = new Accrual();
    private long paid;
    private SignedState lastPayment;

    public DownloadLedger(PayAsYouGoParams params) {
        this.paymentInterval = params.paymentInterval();
    }

    /**
     * Sets the price, base units per MiB, for data received from now on; 0 makes it free. Call
     * {@link #payIfDue} after it: a lower price lowers the interval's worth, which can make the
     * present debt due, and the uploader, whose credit limit shrinks alike, may stop serving until
     * it is paid.
     */
    public void setPrice(long pricePerMiB) {
        accrued.setPrice(pricePerMiB);
    }

    public long price() {
        return accrued.price();
    }

    /** Counts {@code bytes} of payload received at the current price. */
    public void onDataReceived(long bytes) {
        accrued.add(bytes);
    }

    /** Base units the data received so far is worth. */
    public long accrued() {
        return accrued.value();
    }

    /** Base units paid so far, over every channel passed in. */
    public long paid() {
        return paid;
    }

    /** Base units owed and not yet paid. */
    public long debt() {
        return accrued.value() - paid;
    }

    /**
     * Whether the debt has reached one payment interval's worth at the current price; any debt is
     * due when that worth rounds to nothing (a tiny or zero price).
     */
    public boolean paymentDue() {
        long debt = debt();
        return debt > 0 && debt >= Prices.valueOf(accrued.price(), paymentInterval);
    }

    /** If a payment is due, pays the whole debt (see {@link #payDebt}); else null. */
    public SignedState payIfDue(PayerChannel channel) {
        return paymentDue() ? payDebt(channel) : null;
    }

    /**
     * Pays the whole debt now, due or not (when the download completes or the connection closes),
     * as far as the channel's remaining deposit allows. Returns the signed update to send to the
     * uploader, or null if nothing is owed or the channel is empty (the caller then needs a new
     * channel; until it pays, the uploader will stop serving at its credit limit).
     */
    public SignedState payDebt(PayerChannel channel) {
        long amount = Math.min(debt(), channel.remaining());
        if (amount <= 0) {
            return null;
        }
        SignedState update = channel.pay(amount);
        paid += amount;
        lastPayment = update;
        return update;
    }

    /**
     * Whether money is owed that {@code current}, the channel in use (null: none yet), cannot pay:
     * the payer then opens a new channel, at once rather than when the next payment falls due, so
     * that the uploader's credit limit is not reached while it is on its way.
     */
    public boolean needsChannel(PayerChannel current) {
        return debt() > 0 && (current == null || current.remaining() == 0);
    }

    /**
     * The last update sent, or null before any: the caller sends it again when the uploader has not
     * countersigned it in time, since a lost payment would otherwise leave the uploader stopping
     * at its credit limit while we owe nothing.
     */
    public SignedState lastPayment() {
        return lastPayment;
    }
}
