package atlas.protocols.bencode;

/**
 * A bencoded integer, {@code i<decimal>e}. BEP 3 sets no bound; we accept the range of
 * {@code long}, which holds every length, offset and BTT amount this project uses.
 *
 * @param value the integer
 */
public record BInteger(long value) implements BValue {
}
