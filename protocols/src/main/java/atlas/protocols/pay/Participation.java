package atlas.protocols.pay;

/**
 * Whether a peer takes part in BitTorrent Speed, and in which roles. BitTorrent Speed's toggle
 * turns bidding off but leaves earning on (reference facts), so the two roles are separate flags;
 * a peer that does not take part at all neither bids nor earns and speaks the plain protocol.
 *
 * @param takesPart it announces the extension and keeps ledgers
 * @param bids it offers prices for data as a downloader (needs {@code takesPart})
 * @param earns it accepts payment for data as an uploader (needs {@code takesPart})
 */
public record Participation(boolean takesPart, boolean bids, boolean earns) {

    /** A peer without the extension. */
    public static final Participation NONE = new Participation(false, false, false);

    public Participation {
        if (!takesPart && (bids || earns)) {
            throw new IllegalArgumentException("a peer that does not take part can neither bid nor earn");
        }
    }

    /**
     * The price a connection carries for data flowing from {@code uploader} to {@code downloader}:
     * the downloader's bid if it bids and the uploader earns, else 0, a free connection by the
     * plain protocol with no ledgers.
     */
    public static long agreedPrice(Participation downloader, long bidPerMiB, Participation uploader) {
        if (bidPerMiB < 0) {
            throw new IllegalArgumentException("bid must not be negative, got " + bidPerMiB);
        }
        return downloader.bids && uploader.earns ? bidPerMiB : 0;
    }
}
