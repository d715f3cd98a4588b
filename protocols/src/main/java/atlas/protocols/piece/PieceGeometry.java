package atlas.protocols.piece;

/**
 * The byte layout of a torrent (BEP 3): pieces of {@code pieceLength} bytes, the last one shorter,
 * each requested in blocks of {@code blockLength} bytes, the last block of the last piece shorter.
 * Clients request 16 KiB blocks ({@link #DEFAULT_BLOCK}); a simulator may make a block a whole
 * piece to save events.
 */
public record PieceGeometry(long totalLength, int pieceLength, int blockLength) {

    /** The block size mainline and libtorrent request: 16 KiB. */
    public static final int DEFAULT_BLOCK = 16 * 1024;

    public PieceGeometry {
        if (totalLength <= 0 || pieceLength <= 0 || blockLength <= 0) {
            throw new IllegalArgumentException("lengths must be positive: total " + totalLength
                    + ", piece " + pieceLength + ", block " + blockLength);
        }
        if (blockLength > pieceLength) {
            throw new IllegalArgumentException("block " + blockLength + " longer than piece " + pieceLength);
        }
        if (pieceLength % blockLength != 0) {
            // BEP 3 pieces are whole numbers of blocks; only the torrent's very last block is short.
            throw new IllegalArgumentException("piece " + pieceLength + " is not a multiple of block " + blockLength);
        }
        if ((totalLength + pieceLength - 1) / pieceLength > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " pieces");
        }
    }

    /** A torrent of {@code totalLength} bytes in pieces of {@code pieceLength}, 16 KiB blocks. */
    public static PieceGeometry of(long totalLength, int pieceLength) {
        return new PieceGeometry(totalLength, pieceLength, Math.min(DEFAULT_BLOCK, pieceLength));
    }

    public int pieceCount() {
        return (int) ((totalLength + pieceLength - 1) / pieceLength);
    }

    /** Bytes in {@code piece}: {@link #pieceLength()} except for a shorter last piece. */
    public int pieceLength(int piece) {
        checkPiece(piece);
        return (int) Math.min(pieceLength, totalLength - (long) piece * pieceLength);
    }

    public int blocksInPiece(int piece) {
        return (pieceLength(piece) + blockLength - 1) / blockLength;
    }

    /** The most blocks any piece has: the first piece's count. */
    public int maxBlocksInPiece() {
        return blocksInPiece(0);
    }

    /** Bytes in {@code block} of {@code piece}; only the last block of the last piece can be shorter. */
    public int blockLength(int piece, int block) {
        int length = pieceLength(piece);
        int blocks = (length + blockLength - 1) / blockLength;
        if (block < 0 || block >= blocks) {
            throw new IndexOutOfBoundsException("block " + block + " of " + blocks + " in piece " + piece);
        }
        return Math.min(blockLength, length - block * blockLength);
    }

    private void checkPiece(int piece) {
        if (piece < 0 || piece >= pieceCount()) {
            throw new IndexOutOfBoundsException("piece " + piece + " of " + pieceCount());
        }
    }
}
