package atlas.protocols.wire;

/**
 * Protocol data that breaks BEP 3 or BEP 10 or our limits: a bad handshake, an oversized or
 * malformed message, a metainfo file that fails validation, an extension payload of the wrong
 * shape. The one exception the decoders in this package throw for bad input; a connection that
 * gets one should close (or penalise) that peer and nothing else.
 */
public final class WireException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WireException(String message) {
        super(message);
    }

    public WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
