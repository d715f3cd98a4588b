package atlas.protocols.piece;

/**
 * Where {@link PieceDownload} sends the REQUEST and CANCEL messages it decides on (BEP 3); the
 * simulator schedules them as events, a real peer writes them to the socket. Block {@code b} of a
 * piece starts at byte offset {@code b * blockLength} (see {@link PieceGeometry#blockLength(int, int)}).
 *
 * @param <C> the caller's connection type
 */
public interface RequestSink<C> {

    void request(C connection, int piece, int block);

    void cancel(C connection, int piece, int block);
}
