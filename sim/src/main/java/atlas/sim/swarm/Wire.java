package atlas.sim.swarm;

/**
 * Peer wire messages as the simulator carries them: a type and its arguments packed in a long,
 * and their sizes on the wire (BEP 3: a 4-byte length prefix, a 1-byte id, then the payload), so
 * protocol overhead is counted exactly without allocating a message object per send.
 */
final class Wire {
    static final int CHOKE = 0;
    static final int UNCHOKE = 1;
    static final int INTERESTED = 2;
    static final int NOT_INTERESTED = 3;
    static final int HAVE = 4;
    static final int BITFIELD = 5;
    static final int REQUEST = 6;
    static final int PIECE = 7;
    static final int CANCEL = 8;

    /** BEP 3 handshake: pstrlen, "BitTorrent protocol", 8 reserved bytes, info-hash, peer id. */
    static final int HANDSHAKE_BYTES = 1 + 19 + 8 + 20 + 20;
    static final int STATE_BYTES = 4 + 1;
    static final int HAVE_BYTES = 4 + 1 + 4;
    static final int REQUEST_BYTES = 4 + 1 + 12;
    static final int PIECE_HEADER_BYTES = 4 + 1 + 8;

    private Wire() {
    }

    static int bitfieldBytes(int pieces) {
        return 4 + 1 + (pieces + 7) / 8;
    }

    /** Overhead of one message, excluding a PIECE's payload. */
    static int overheadBytes(int type) {
        switch (type) {
            case REQUEST:
            case CANCEL:
                return REQUEST_BYTES;
            case PIECE:
                return PIECE_HEADER_BYTES;
            case HAVE:
                return HAVE_BYTES;
            default:
                return STATE_BYTES;
        }
    }

    static long pack(int type, int piece, int block) {
        return ((long) type << 56) | ((long) piece << 24) | block;
    }

    static int type(long message) {
        return (int) (message >>> 56);
    }

    static int piece(long message) {
        return (int) ((message >>> 24) & 0xFFFFFFFFL);
    }

    static int block(long message) {
        return (int) (message & 0xFFFFFF);
    }
}
