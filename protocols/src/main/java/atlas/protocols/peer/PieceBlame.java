package atlas.protocols.peer;

import atlas.protocols.piece.Bitfield;
import java.util.HashSet;
import java.util.Set;

/**
 * Who is to blame for a piece that fails its SHA-1, and which peers are banned for it. Only a peer
 * that sent the whole piece is surely guilty: blaming every contributor would let one liar get
 * honest peers banned, by mixing its garbage into pieces they complete. libtorrent's "smart ban"
 * ({@code src/smart_ban.cpp}) compares blocks to find the liar in a mixed piece; we only fetch such
 * a piece again.
 */
final class PieceBlame {

    /** Per piece in progress: the first peer that sent a block of it (kept after it leaves), else null. */
    private final PeerConnection[] firstSource;
    /** Pieces in progress with blocks from more than one peer. */
    private final Bitfield mixedSources;
    private final Set<String> banned = new HashSet<>();
    private final int maxHashFailures;

    PieceBlame(int pieceCount, int maxHashFailures) {
        this.firstSource = new PeerConnection[pieceCount];
        this.mixedSources = new Bitfield(pieceCount);
        this.maxHashFailures = maxHashFailures;
    }

    /** A block of {@code piece} from {@code c} went to storage. */
    void onBlockStored(int piece, PeerConnection c) {
        if (firstSource[piece] == null) {
            firstSource[piece] = c;
        } else if (firstSource[piece] != c) {
            mixedSources.set(piece);
        }
    }

    /** Every block of the piece is stored: forgets its senders; returns the one that sent all of it, or null. */
    PeerConnection onPieceComplete(int piece) {
        PeerConnection source = mixedSources.get(piece) ? null : firstSource[piece];
        firstSource[piece] = null;
        mixedSources.clear(piece);
        return source;
    }

    /** A piece {@code source} sent alone failed its hash; true once that bans it. */
    boolean strike(PeerConnection source) {
        if (++source.hashFailures < maxHashFailures) {
            return false;
        }
        banned.add(hex(source.peerId));
        return true;
    }

    boolean isBanned(byte[] peerId) {
        return banned.contains(hex(peerId));
    }

    int bannedCount() {
        return banned.size();
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(2 * bytes.length);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >>> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return s.toString();
    }
}
