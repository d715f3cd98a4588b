package atlas.protocols.wire;

import atlas.protocols.bencode.BBytes;
import atlas.protocols.bencode.BDict;
import atlas.protocols.bencode.BValue;
import atlas.protocols.bencode.Bencode;
import atlas.protocols.bencode.BencodeException;
import atlas.protocols.bencode.BencodeLimits;
import atlas.protocols.bencode.BList;
import atlas.protocols.bencode.RawDict;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A v1 {@code .torrent} file (BEP 3, "metainfo files"): optional tracker, and the {@code info}
 * dictionary with the name, piece length, SHA-1 of every piece, and either one file's
 * {@code length} or a list of {@code files}.
 *
 * <p>The info-hash is the SHA-1 of the {@code info} value's bytes exactly as they appear in the
 * file (BEP 3), so they are kept: {@link #toBytes()} writes them back untouched, with any keys we
 * do not interpret ({@code private}, {@code source}, ...). Validation: pieces a whole number of
 * 20-byte hashes, as many as the length needs; file names and path components safe to join below
 * a download directory (no "..", no separators, no NUL, nothing empty); no duplicate paths. Any
 * positive piece length up to 2^30 is accepted, not only powers of two: BEP 3 only says powers of
 * two are usual, and nothing here depends on it.
 */
public final class Metainfo {

    /** Bytes of one piece hash. */
    public static final int HASH_BYTES = 20;

    /** Largest piece length accepted: 1 GiB, far above any real torrent's (libtorrent caps at 128 MiB). */
    public static final int MAX_PIECE_LENGTH = 1 << 30;

    private final BDict top;
    private final byte[] infoBytes;
    private final InfoHash infoHash;
    private final String name;
    private final int pieceLength;
    private final byte[] pieces;
    private final boolean singleFile;
    private final List<FileEntry> files;
    private final long totalLength;

    private Metainfo(BDict top, byte[] infoBytes, BDict info) {
        this.top = top;
        this.infoBytes = infoBytes;
        this.infoHash = InfoHash.ofInfo(infoBytes);
        this.name = DictFields.requireText(info, "name");
        checkSafeName(name);
        this.pieceLength = (int) DictFields.requireLong(info, "piece length", 1, MAX_PIECE_LENGTH);
        this.pieces = DictFields.requireBytes(info, "pieces", 0, Integer.MAX_VALUE);
        if (pieces.length % HASH_BYTES != 0) {
            throw new WireException("\"pieces\" holds " + pieces.length + " bytes, not a multiple of " + HASH_BYTES);
        }
        boolean hasLength = info.containsKey("length");
        if (hasLength == info.containsKey("files")) {
            throw new WireException("info needs exactly one of \"length\" (single file) and \"files\" (multi-file)");
        }
        this.singleFile = hasLength;
        if (singleFile) {
            long length = DictFields.requireLong(info, "length", 0, Long.MAX_VALUE);
            this.files = List.of(new FileEntry(List.of(name), length));
        } else {
            this.files = readFiles(DictFields.requireList(info, "files"));
        }
        long total = 0;
        for (FileEntry f : files) {
            total = addLength(total, f.length());
        }
        this.totalLength = total;
        // Not (total + length - 1) / length, which overflows for a hostile total near 2^63.
        long needed = totalLength / pieceLength + (totalLength % pieceLength == 0 ? 0 : 1);
        if (needed != pieces.length / HASH_BYTES) {
            throw new WireException(totalLength + " bytes in pieces of " + pieceLength + " need " + needed
                    + " piece hashes, found " + pieces.length / HASH_BYTES);
        }
    }

    /** Reads and validates a {@code .torrent} file. */
    public static Metainfo read(byte[] torrent) {
        RawDict raw;
        try {
            raw = Bencode.decodeDictionary(torrent, BencodeLimits.METAINFO);
        } catch (BencodeException e) {
            throw new WireException("not a valid torrent file: " + e.getMessage(), e);
        }
        BDict info = DictFields.requireDict(raw.value(), "info");
        BValue announce = raw.value().get("announce");
        if (announce != null && !(announce instanceof BBytes)) {
            throw DictFields.wrongType("announce", "a byte string", announce);
        }
        return new Metainfo(raw.value(), raw.rawValue("info"), info);
    }

    /**
     * The {@code .torrent} bytes: the top-level keys as read (or built) and the {@code info}
     * dictionary's original bytes, so that the info-hash is preserved for any input.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(infoBytes.length + 256);
        out.write('d');
        BBytes infoKey = BBytes.utf8("info");
        for (Map.Entry<BBytes, BValue> e : top.entries().entrySet()) {
            out.writeBytes(Bencode.encode(e.getKey()));
            out.writeBytes(e.getKey().equals(infoKey) ? infoBytes : Bencode.encode(e.getValue()));
        }
        out.write('e');
        return out.toByteArray();
    }

    /** The tracker's URL, if the file names one; direct connections need none. */
    public Optional<String> announce() {
        BValue v = top.get("announce");
        return v == null ? Optional.empty() : Optional.of(((BBytes) v).asUtf8());
    }

    public InfoHash infoHash() {
        return infoHash;
    }

    /** A copy of the bencoded info dictionary as it appears in the file. */
    public byte[] infoBytes() {
        return infoBytes.clone();
    }

    /** The file's name (single-file) or the directory's (multi-file). */
    public String name() {
        return name;
    }

    public int pieceLength() {
        return pieceLength;
    }

    public int pieceCount() {
        return pieces.length / HASH_BYTES;
    }

    /** Bytes of piece {@code index}: the piece length, except for a shorter last piece. */
    public int pieceSize(int index) {
        checkPiece(index);
        return (int) Math.min(pieceLength, totalLength - (long) index * pieceLength);
    }

    /** A copy of the SHA-1 the data of piece {@code index} must have. */
    public byte[] pieceHash(int index) {
        checkPiece(index);
        return Arrays.copyOfRange(pieces, index * HASH_BYTES, (index + 1) * HASH_BYTES);
    }

    /** Whether the torrent is one file ({@code info.length}) rather than a directory ({@code info.files}). */
    public boolean isSingleFile() {
        return singleFile;
    }

    /** The files in stream order; a single-file torrent's one file has path {@code [name]}. */
    public List<FileEntry> files() {
        return files;
    }

    public long totalLength() {
        return totalLength;
    }

    /** Rejects a name or path component that could escape the download directory or is not a name at all. */
    static void checkSafeName(String component) {
        if (component.isEmpty() || component.equals(".") || component.equals("..")
                || component.indexOf('/') >= 0 || component.indexOf('\\') >= 0 || component.indexOf('\0') >= 0) {
            throw new WireException("unsafe file name or path component \"" + component + "\"");
        }
    }

    private static List<FileEntry> readFiles(BList list) {
        if (list.values().isEmpty()) {
            throw new WireException("\"files\" is empty");
        }
        List<FileEntry> files = new ArrayList<>(list.values().size());
        Set<List<String>> seen = new HashSet<>();
        for (BValue v : list.values()) {
            if (!(v instanceof BDict file)) {
                throw DictFields.wrongType("files", "a list of dictionaries", v);
            }
            long length = DictFields.requireLong(file, "length", 0, Long.MAX_VALUE);
            List<String> path = new ArrayList<>();
            for (BValue component : DictFields.requireList(file, "path").values()) {
                if (!(component instanceof BBytes b)) {
                    throw DictFields.wrongType("path", "a list of byte strings", component);
                }
                path.add(b.asUtf8());
            }
            FileEntry entry = new FileEntry(path, length);
            if (!seen.add(entry.path())) {
                throw new WireException("duplicate file path " + entry.path());
            }
            files.add(entry);
        }
        return List.copyOf(files);
    }

    private static long addLength(long total, long length) {
        try {
            return Math.addExact(total, length);
        } catch (ArithmeticException e) {
            throw new WireException("total length overflows 64 bits", e);
        }
    }

    private void checkPiece(int index) {
        if (index < 0 || index >= pieceCount()) {
            throw new IndexOutOfBoundsException("piece " + index + " of " + pieceCount());
        }
    }
}
