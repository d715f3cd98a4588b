package atlas.protocols.peer;

import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.TxId;
import atlas.protocols.pay.DownloadLedger;
import atlas.protocols.pay.PayAsYouGoParams;
import atlas.protocols.pay.UploadLedger;
import atlas.protocols.wire.ExtensionIds;
import atlas.protocols.wire.btt.BttMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One connection's BTT Speed state, which {@link BttSpeed} drives: the negotiated extension ids,
 * both pay-as-you-go ledgers (we may download and upload on one connection), and the channels each
 * way. Bounded per connection: the ledgers are fixed-size, our own channels cost us a deposit each,
 * and {@link BttSpeed} caps the channels a remote may announce before the chain shows them.
 */
final class SpeedSession {

    final ExtensionIds ids = new ExtensionIds(Map.of(BttMessage.EXTENSION_NAME, BttSpeed.EXTENSION_ID));
    final UploadLedger upload;
    final DownloadLedger download;
    /** The remote announced the extension; our standing bid went out then. */
    boolean greeted;
    /** Bids sent and not yet answered by a price, oldest first: TCP keeps them in order. */
    final ArrayDeque<Long> bidsUnanswered = new ArrayDeque<>();
    /** The last bid we sent, 0 before any. */
    long lastBid;
    /** The uploader's key from its price message: what our channels to it name. */
    byte[] recipientKey;
    /** Channels we pay through, oldest first; the last one takes the payments. */
    final List<Outgoing> outgoing = new ArrayList<>(1);
    /** Channels the remote announced to pay us through. */
    final List<Incoming> incoming = new ArrayList<>(1);
    /** Our channel to the remote is submitted and not yet included. */
    boolean opening;
    /** No new attempt to open a channel before this time (the last was refused or unfunded). */
    long retryOpenAt;
    /** Our download completed or we leave: our bid is withdrawn, and the channels close once {@link #debtFinal}. */
    boolean finishing;
    /** The uploader sent leaving: it sends no more blocks, so what we owe it is final. */
    boolean uploaderLeft;
    /** When a connection kept open to settle is closed anyway. */
    long settleDeadline = Long.MAX_VALUE;

    private final int blockLength;

    SpeedSession(PayAsYouGoParams params, int blockLength) {
        this.upload = new UploadLedger(params);
        this.download = new DownloadLedger(params);
        this.blockLength = blockLength;
    }

    /**
     * What the choker sees ({@link atlas.protocols.choke.BiddingPeer}): the price we charge, or
     * 0 when we would hold the peer's next block, so that a paid slot is never wasted on it.
     */
    long chokerBid() {
        long price = upload.price();
        return price > 0 && upload.mayServe(blockLength) ? price : 0;
    }

    /**
     * Whether no priced block of the uploader is on its way, so the debt is final: it said it is
     * leaving, or we finish and it has answered our last bid, the withdrawal, with price 0. Every
     * block it sent came before either message in the stream.
     */
    boolean debtFinal() {
        return uploaderLeft || (finishing && bidsUnanswered.isEmpty() && download.price() == 0);
    }

    /** A channel we pay through. */
    static final class Outgoing {
        final TxId id;
        final PayerChannel payer;
        /** We sent our close proposal: no more payments go through it. */
        boolean proposed;

        Outgoing(TxId id, PayerChannel payer) {
            this.id = id;
            this.payer = payer;
        }
    }

    /** A channel we are paid through; {@link #recipient} is null until the chain confirms it. */
    static final class Incoming {
        final BttMessage.ChannelAnnouncement announced;
        RecipientChannel recipient;
        /** Until when we wait for the chain to show it. */
        long waitUntil = Long.MAX_VALUE;
        /** The latest payment and the close proposal that came before the chain showed it. */
        SignedState pendingPayment;
        SignedState pendingClose;
        /** The final state both signed, once the payer proposed the close: submitted until the chain takes it. */
        SignedState agreed;
        /** The chain accepted our submission of its cooperative close. */
        boolean closed;
        /** A refusal of its close was logged; the retries are not. */
        boolean closeRefusalLogged;

        Incoming(BttMessage.ChannelAnnouncement announced) {
            this.announced = announced;
        }
    }
}
