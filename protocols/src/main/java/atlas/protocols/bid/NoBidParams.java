package atlas.protocols.bid;

/** {@link NoBid} takes no parameters. */
public record NoBidParams() {

    public static final NoBidParams DEFAULTS = new NoBidParams();
}
