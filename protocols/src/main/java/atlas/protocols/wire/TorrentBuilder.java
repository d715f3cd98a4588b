package atlas.protocols.wire;

import atlas.protocols.bencode.BBytes;
import atlas.protocols.bencode.BDict;
import atlas.protocols.bencode.BList;
import atlas.protocols.bencode.BValue;
import atlas.protocols.bencode.Bencode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a v1 torrent from file contents: cuts the concatenated files into pieces, hashes each with
 * SHA-1 (BEP 3) and writes the metainfo. Single-file torrents come from
 * {@link #singleFile}; multi-file ones from {@link #directory} and {@link #addFile}.
 */
public final class TorrentBuilder {

    private final String name;
    private final int pieceLength;
    private final boolean single;
    private final List<List<String>> paths = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();
    private String announce;

    private TorrentBuilder(String name, int pieceLength, boolean single) {
        Metainfo.checkSafeName(name);
        if (pieceLength < 1 || pieceLength > Metainfo.MAX_PIECE_LENGTH) {
            throw new IllegalArgumentException("piece length must be in [1, 2^30], got " + pieceLength);
        }
        this.name = name;
        this.pieceLength = pieceLength;
        this.single = single;
    }

    /** A torrent of one file named {@code name}. */
    public static TorrentBuilder singleFile(String name, int pieceLength, byte[] content) {
        TorrentBuilder b = new TorrentBuilder(name, pieceLength, true);
        b.paths.add(List.of(name));
        b.contents.add(content.clone());
        return b;
    }

    /** A multi-file torrent whose files go below directory {@code name}; add at least one. */
    public static TorrentBuilder directory(String name, int pieceLength) {
        return new TorrentBuilder(name, pieceLength, false);
    }

    /** Adds a file of a directory torrent, after those already added. */
    public TorrentBuilder addFile(List<String> path, byte[] content) {
        if (single) {
            throw new IllegalStateException("a single-file torrent has exactly one file");
        }
        paths.add(new FileEntry(path, content.length).path());
        contents.add(content.clone());
        return this;
    }

    /** Names a tracker; without one, peers must connect directly. */
    public TorrentBuilder announce(String url) {
        this.announce = url;
        return this;
    }

    public Metainfo build() {
        BDict.Builder info = BDict.builder().put("name", name).put("piece length", pieceLength)
                .put("pieces", pieceHashes());
        if (single) {
            info.put("length", contents.get(0).length);
        } else {
            List<BValue> files = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                List<BValue> path = new ArrayList<>();
                for (String component : paths.get(i)) {
                    path.add(BBytes.utf8(component));
                }
                files.add(BDict.builder().put("length", contents.get(i).length).put("path", new BList(path)).build());
            }
            info.put("files", new BList(files));
        }
        BDict.Builder top = BDict.builder().put("info", info.build());
        if (announce != null) {
            top.put("announce", announce);
        }
        return Metainfo.read(Bencode.encode(top.build()));
    }

    /** SHA-1 of each piece of the files laid end to end; a piece may span several files. */
    private byte[] pieceHashes() {
        long total = 0;
        for (byte[] c : contents) {
            total += c.length;
        }
        int count = Math.toIntExact((total + pieceLength - 1) / pieceLength);
        byte[] hashes = new byte[count * Metainfo.HASH_BYTES];
        MessageDigest sha1 = InfoHash.sha1();
        int piece = 0;
        int inPiece = 0;
        for (byte[] content : contents) {
            int at = 0;
            while (at < content.length) {
                int n = Math.min(content.length - at, pieceLength - inPiece);
                sha1.update(content, at, n);
                at += n;
                inPiece += n;
                if (inPiece == pieceLength) {
                    finishPiece(sha1, hashes, piece++);
                    inPiece = 0;
                }
            }
        }
        if (inPiece > 0) {
            finishPiece(sha1, hashes, piece);
        }
        return hashes;
    }

    private static void finishPiece(MessageDigest sha1, byte[] hashes, int piece) {
        System.arraycopy(sha1.digest(), 0, hashes, piece * Metainfo.HASH_BYTES, Metainfo.HASH_BYTES);
    }
}
