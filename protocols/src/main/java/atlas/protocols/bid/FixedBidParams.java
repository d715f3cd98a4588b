package atlas.protocols.bid;

/**
 * Parameters of {@link FixedBid}.
 *
 * @param price per MiB (default 1,000,000, i.e. 1 BTT per MiB: an <i>assumption</i>,
 *     BitTorrent Speed's default bid was not published)
 */
public record FixedBidParams(BttPerMiB price) {

    public static final FixedBidParams DEFAULTS = new FixedBidParams(BttPerMiB.ofBtt(1));

    public FixedBidParams {
        if (price == null || price.baseUnits() < 1) {
            throw new IllegalArgumentException("price must be at least 1 base unit per MiB, got " + price);
        }
    }
}
