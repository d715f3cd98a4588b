package atlas.protocols.piece;

import java.util.Locale;

/**
 * How a download asks for blocks already outstanding at other peers once every block it lacks is
 * requested from someone.
 */
public enum Endgame {
    /**
     * Mainline 4.x ({@code Downloader.py}): each connection fills its whole pipeline with them,
     * fewest requesters first. With a deep pipeline this starts with megabytes still missing, and
     * fast peers receive many blocks twice.
     */
    MAINLINE,
    /**
     * libtorrent ({@code peer_connection::request_a_block}): a connection asks for one such block,
     * and only when it has no request of its own outstanding, so a block is duplicated only where
     * a peer would otherwise sit idle.
     */
    LIBTORRENT;

    /** The name scenarios use: {@code mainline}, {@code libtorrent}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
