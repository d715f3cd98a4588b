package atlas.protocols.piece;

import java.util.ArrayList;
import java.util.List;

/** A {@link RequestSink} that logs messages as "REQUEST a 3/0", "CANCEL b 1/1" (connection piece/block). */
final class RecordingSink implements RequestSink<String> {

    final List<String> log = new ArrayList<>();
    /** Pieces in the order their first block was requested. */
    final List<Integer> piecesStarted = new ArrayList<>();

    @Override
    public void request(String connection, int piece, int block) {
        log.add("REQUEST " + connection + " " + piece + "/" + block);
        if (!piecesStarted.contains(piece)) {
            piecesStarted.add(piece);
        }
    }

    @Override
    public void cancel(String connection, int piece, int block) {
        log.add("CANCEL " + connection + " " + piece + "/" + block);
    }

    List<String> drain() {
        List<String> copy = List.copyOf(log);
        log.clear();
        piecesStarted.clear();
        return copy;
    }
}
