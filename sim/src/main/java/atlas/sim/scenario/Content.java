package atlas.sim.scenario;

/**
 * The shared content: its size and piece size in bytes. YAML: {@code content: { size: 100 MiB,
 * piece: 256 KiB }}. The last piece is shorter when the size is not a multiple of the piece.
 */
public record Content(long sizeBytes, int pieceBytes) {

    /** Number of pieces, counting a shorter last piece. */
    public int pieceCount() {
        return (int) ((sizeBytes + pieceBytes - 1) / pieceBytes);
    }
}
