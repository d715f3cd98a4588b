package atlas.protocols.bencode;

/**
 * What a decode may cost. Input size bounds everything else: no byte string may claim more bytes
 * than remain, and every list element or dictionary entry takes at least one input byte, so
 * memory stays proportional to the input. Depth bounds the decoder's recursion.
 *
 * @param maxInputBytes longest input accepted
 * @param maxDepth most lists and dictionaries nested inside one another (the outermost counts 1)
 */
public record BencodeLimits(int maxInputBytes, int maxDepth) {

    /**
     * For {@code .torrent} files: 64 MiB holds the piece hashes of a 3 TiB torrent at 1 MiB pieces;
     * no real metainfo nests beyond {@code info/files/N/path} (depth 4).
     */
    public static final BencodeLimits METAINFO = new BencodeLimits(64 << 20, 32);

    /** For extension-message payloads, which the wire already bounds by the maximum message length. */
    public static final BencodeLimits MESSAGE = new BencodeLimits(1 << 20, 16);

    public BencodeLimits {
        if (maxInputBytes < 0 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxInputBytes + " bytes, depth " + maxDepth);
        }
    }
}
