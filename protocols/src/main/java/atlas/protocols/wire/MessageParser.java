package atlas.protocols.wire;

import java.util.Arrays;

/**
 * Turns one framed message body (id and payload, BEP 3) into a {@link PeerMessage}, checking that
 * each message has exactly its fixed size and that indices fit below 2^31.
 */
final class MessageParser {

    private MessageParser() {
    }

    static PeerMessage parse(byte[] body, int length) {
        int id = body[0] & 0xff;
        switch (id) {
            case PeerMessage.CHOKE:
            case PeerMessage.UNCHOKE:
            case PeerMessage.INTERESTED:
            case PeerMessage.NOT_INTERESTED:
                requireLength(id, length, 1);
                return PeerMessage.Signal.of(id);
            case PeerMessage.HAVE:
                requireLength(id, length, 5);
                return new PeerMessage.Have(index(body, 1, "piece"));
            case PeerMessage.BITFIELD:
                return new PeerMessage.BitfieldMessage(Arrays.copyOfRange(body, 1, length));
            case PeerMessage.REQUEST:
            case PeerMessage.CANCEL:
                requireLength(id, length, 13);
                return new PeerMessage.BlockRequest(id, index(body, 1, "piece"), index(body, 5, "begin"),
                        index(body, 9, "length"));
            case PeerMessage.PIECE:
                if (length < 9) {
                    throw new WireException("a piece message needs at least 9 bytes, got " + length);
                }
                return PeerMessage.Piece.wrap(index(body, 1, "piece"), index(body, 5, "begin"),
                        Arrays.copyOfRange(body, 9, length));
            case PeerMessage.PORT:
                requireLength(id, length, 3);
                return new PeerMessage.Port(((body[1] & 0xff) << 8) | (body[2] & 0xff));
            case PeerMessage.EXTENDED:
                if (length < 2) {
                    throw new WireException("an extended message needs an extended id");
                }
                return new PeerMessage.Extended(body[1] & 0xff, Arrays.copyOfRange(body, 2, length));
            default:
                return new PeerMessage.Unknown(id, Arrays.copyOfRange(body, 1, length));
        }
    }

    private static void requireLength(int id, int length, int expected) {
        if (length != expected) {
            throw new WireException("message id " + id + " has length " + expected + ", got " + length);
        }
    }

    private static int index(byte[] body, int at, String what) {
        int v = ((body[at] & 0xff) << 24) | ((body[at + 1] & 0xff) << 16) | ((body[at + 2] & 0xff) << 8)
                | (body[at + 3] & 0xff);
        if (v < 0) {
            throw new WireException(what + " " + Integer.toUnsignedString(v) + " is not below 2^31");
        }
        return v;
    }
}
