package atlas.protocols.peer;

/**
 * A snapshot of a {@link TorrentPeer}'s BTT Speed accounts, published with {@link PeerStats}.
 * Amounts are base units as the ledgers count them; the chain's balances are the authority.
 *
 * @param bid the price it offers now, base units per MiB (0: none)
 * @param paid sent in signed channel updates, over all connections
 * @param earned accepted from payers' updates, over all connections
 * @param pricedBytesSent block payload sent at a price above 0
 * @param pricedBytesReceived block payload received at a price above 0
 * @param channelsOpened channels it opened as a payer (included on chain)
 * @param closesSubmitted cooperative closes it submitted as a recipient
 * @param closedAlone unilateral closes it submitted (and a block included) for channels whose
 *     connection closed before they were settled
 * @param channelsSettling such channels not yet settled on chain: the peer should keep running
 * @param holding connections whose next requested block it holds back until the peer pays
 */
public record SpeedStats(long bid, long paid, long earned, long pricedBytesSent, long pricedBytesReceived,
                         int channelsOpened, int closesSubmitted, int closedAlone, int channelsSettling,
                         int holding) {

    /** The stats of a peer without the extension. */
    public static final SpeedStats NONE = new SpeedStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
