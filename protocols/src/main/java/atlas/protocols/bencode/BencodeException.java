package atlas.protocols.bencode;

/**
 * Input that is not strict bencoding, or that exceeds the {@link BencodeLimits}. The only exception
 * {@link Bencode#decode} throws for bad input; the message names the offset and what was expected.
 */
public final class BencodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public BencodeException(int offset, String message) {
        super("at offset " + offset + ": " + message);
        this.offset = offset;
    }

    /** Offset into the input of the first byte that could not be accepted. */
    public int offset() {
        return offset;
    }
}
