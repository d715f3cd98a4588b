package atlas.protocols.peer;

import atlas.protocols.bid.BidStrategy;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Verifier;
import atlas.protocols.pay.Participation;
import atlas.protocols.pay.PayAsYouGoParams;

/**
 * How a {@link TorrentPeer} takes part in BTT Speed (the extension specified in
 * {@code atlas.protocols.wire.btt}): its chain node and keys, its roles, and the limits of its
 * payment channels. A peer given none speaks the plain protocol. Paid upload slots come from the
 * chokers the {@link PeerSettings} name: {@link PeerSettings#withBidChokers()} for an earning peer.
 *
 * @param chain the node it reads channels and balances from and submits transactions to; called
 *     from the peer's thread, and its listeners may be called from any thread
 * @param signer the account's key: signs transactions and channel states, and is the key payers
 *     name; used on the peer's thread only
 * @param verifier the signature scheme of every key on the chain; used on the peer's thread only,
 *     so not to be shared with other peers or the chain ({@code Ed25519Verifier} is not thread-safe)
 * @param assetId the TRC-10 token paid in (BTT: 1002000)
 * @param participation its roles; must take part
 * @param bidStrategy the downloader's prices; required if and only if it bids
 * @param payAsYouGo payment interval and credit limit
 * @param deposit base units escrowed per channel (fewer if the balance is lower)
 * @param channelLifetimeMicros a channel's expiry after the head block at opening
 * @param minChannelLifetimeMicros an uploader refuses a channel expiring sooner than this after the
 *     head block: it must outlive the transfer and its cooperative close
 * @param settleTimeoutMicros how long a connection that has nothing left to transfer, or that a
 *     leaving peer ({@link TorrentPeer#leave}) would close, stays open for its channels to be paid
 *     and closed (or a channel to appear on chain) before it is dropped
 */
public record SpeedSettings(Chain chain, Signer signer, Verifier verifier, long assetId, Participation participation,
                            BidStrategy bidStrategy, PayAsYouGoParams payAsYouGo, long deposit,
                            long channelLifetimeMicros, long minChannelLifetimeMicros, long settleTimeoutMicros) {

    public SpeedSettings {
        if (!participation.takesPart()) {
            throw new IllegalArgumentException("a peer without the extension needs no BTT Speed settings");
        }
        if (participation.bids() != (bidStrategy != null)) {
            throw new IllegalArgumentException("a bid strategy is needed exactly when the peer bids");
        }
        if (deposit <= 0 || assetId < 0) {
            throw new IllegalArgumentException("deposit must be positive and the asset id not negative");
        }
        if (minChannelLifetimeMicros <= 0 || channelLifetimeMicros <= minChannelLifetimeMicros
                || settleTimeoutMicros <= 0) {
            throw new IllegalArgumentException("channel lifetimes and the settle timeout must be positive, the "
                    + "lifetime above the minimum an uploader accepts");
        }
    }
}
