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
    /*
     * BitTorrent Speed's messages, carried as BEP 10 extension messages. BID and PRICE pack their
     * price into the low 56 bits; CHANNEL, PAYMENT and RECEIPT travel with an object (see
     * Link#sendWith), since a signed channel state does not fit a long.
     */
    /** Downloader to uploader: the price it now offers, base units per MiB. */
    static final int BID = 9;
    /** Uploader to downloader, in the data stream: the agreed price of the blocks that follow it. */
    static final int PRICE = 10;
    /** Downloader to uploader: a payment channel to it is open on chain. */
    static final int CHANNEL = 11;
    /** Downloader to uploader: a signed channel update. */
    static final int PAYMENT = 12;
    /** Uploader to downloader: the update countersigned. */
    static final int RECEIPT = 13;

    /** Largest value BID and PRICE carry. */
    static final long MAX_VALUE = (1L << 56) - 1;
    /** BEP 10 header (length, id 20, extended id) and an 8-byte price. */
    static final int PRICE_BYTES = 4 + 1 + 1 + 8;
    /** BEP 10 header and a 32-byte channel id. */
    static final int CHANNEL_BYTES = 4 + 1 + 1 + 32;
    /** BEP 10 header, channel id, sequence, paid and two 64-byte signatures. */
    static final int STATE_UPDATE_BYTES = 4 + 1 + 1 + 32 + 8 + 8 + 2 * 64;

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
            case BID:
            case PRICE:
                return PRICE_BYTES;
            case CHANNEL:
                return CHANNEL_BYTES;
            case PAYMENT:
            case RECEIPT:
                return STATE_UPDATE_BYTES;
            default:
                return STATE_BYTES;
        }
    }

    static long pack(int type, int piece, int block) {
        return ((long) type << 56) | ((long) piece << 24) | block;
    }

    /** A BID or PRICE message carrying {@code value} (at most {@link #MAX_VALUE}). */
    static long packValue(int type, long value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("value out of range: " + value);
        }
        return ((long) type << 56) | value;
    }

    static long value(long message) {
        return message & MAX_VALUE;
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
