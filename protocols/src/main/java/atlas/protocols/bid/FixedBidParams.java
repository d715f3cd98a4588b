package atlas.protocols.bid;

/**
 * Parameters of {@link FixedBid}.
 *
 * @param price base units per MiB (default 1,000,000, i.e. 1 BTT per MiB: an <i>assumption</i>,
 *     BitTorrent Speed's default bid was not published)
 */
public record FixedBidParams(long price) {

    public static final FixedBidParams DEFAULTS = new FixedBidParams(1_000_000);

    public FixedBidParams {
        if (price < 1) {
            throw new IllegalArgumentException("price must be at least 1 base unit per MiB, got " + price);
        }
    }
}
