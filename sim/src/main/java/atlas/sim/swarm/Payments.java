package atlas.sim.swarm;

import atlas.protocols.pay.DownloadLedger;
import atlas.protocols.pay.PayAsYouGoParams;
import atlas.protocols.pay.UploadLedger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One end's BitTorrent Speed state of a connection between two participants: as downloader, its
 * {@link DownloadLedger} and the channels it pays the remote through; as uploader, its
 * {@link UploadLedger} and the channel it is paid through. Connections with a non-participant
 * have none, and speak the plain protocol.
 */
final class Payments {
    final DownloadLedger download;
    final UploadLedger upload;
    /** Channels this end opened to pay the remote, oldest first; the last is the one in use. */
    final List<PaidChannel> channels = new ArrayList<>(1);
    /** An opening transaction is on its way to the chain, or waits for our funds. */
    boolean opening;
    /** Payload received while the price was positive: the bytes this end pays for. */
    long pricedBytes;
    /** As uploader: the channel the remote pays us through, once told of it. */
    PaidChannel incoming;
    /** As uploader: a request waits because serving it would exceed the remote's credit. */
    boolean held;
    /** Objects that travel with CHANNEL, PAYMENT and RECEIPT messages towards this end, in order. */
    final ArrayDeque<Object> inbox = new ArrayDeque<>();
    /**
     * The remote's end of the connection and its wallet: kept here because they outlive the link's
     * {@code other}, for the debt a closed connection still settles.
     */
    Payments remote;
    Wallet remoteWallet;
    /** The connection closed while this end, as downloader, still owed: it is getting a channel to pay through. */
    boolean settling;
    /** As downloader: BIDs sent whose PRICE has not arrived; the price in force answers the last one only once this is 0. */
    int bidsUnanswered;
    /**
     * As downloader, its download complete: the answer to its last bid, 0, has arrived, and with it
     * every priced block, which all come before it in the stream. Its channels to the remote now
     * close as soon as they have paid.
     */
    boolean finalPrice;

    Payments(PayAsYouGoParams params) {
        this.download = new DownloadLedger(params);
        this.upload = new UploadLedger(params);
    }

    /** The channel in use for paying the remote, or null before one is open. */
    PaidChannel current() {
        return channels.isEmpty() ? null : channels.get(channels.size() - 1);
    }
}
