package atlas.protocols.peer;

import atlas.protocols.piece.Bitfield;
import atlas.protocols.wire.FileEntry;
import atlas.protocols.wire.Metainfo;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A torrent's bytes on disk (BEP 3): the files laid end to end form one stream that pieces cut, so
 * a piece or a block may span several files. A single-file torrent is {@code DIR/name}; a
 * multi-file one is {@code DIR/name/path...}. Files are created at their full length when opened
 * (sparse where the file system allows), so a block can be written wherever it falls.
 *
 * <p>Every piece is checked against its SHA-1 in the metainfo: on start ({@link #verifyAll}, which
 * is how a seed finds its data and a download resumes) and when its last block arrives
 * ({@link #verify}). Not thread-safe; owned by the peer's I/O thread.
 */
public final class PieceStorage implements Closeable {

    private final Metainfo metainfo;
    private final FileChannel[] channels;
    /** Stream offset of each file's first byte, and one past the last file's end. */
    private final long[] starts;
    private final MessageDigest sha1;
    private ByteBuffer pieceBuffer;

    private PieceStorage(Metainfo metainfo, FileChannel[] channels, long[] starts) {
        this.metainfo = metainfo;
        this.channels = channels;
        this.starts = starts;
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }

    /** Where the torrent's files are below {@code dir}, in the metainfo's order. */
    public static List<Path> paths(Metainfo metainfo, Path dir) {
        Path root = metainfo.isSingleFile() ? dir : dir.resolve(metainfo.name());
        List<Path> paths = new ArrayList<>();
        for (FileEntry file : metainfo.files()) {
            Path path = root;
            for (String component : file.path()) {
                path = path.resolve(component);
            }
            paths.add(path);
        }
        return paths;
    }

    /** Opens (creating where missing, at full length) the torrent's files below {@code dir}. */
    public static PieceStorage open(Metainfo metainfo, Path dir) throws IOException {
        List<FileEntry> files = metainfo.files();
        List<Path> paths = paths(metainfo, dir);
        FileChannel[] channels = new FileChannel[files.size()];
        long[] starts = new long[files.size() + 1];
        try {
            for (int i = 0; i < files.size(); i++) {
                FileEntry file = files.get(i);
                Path path = paths.get(i);
                Files.createDirectories(path.getParent());
                FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                channels[i] = channel;
                if (channel.size() < file.length()) {
                    // One byte at the end sets the length; the file system leaves the rest sparse.
                    channel.write(ByteBuffer.allocate(1), file.length() - 1);
                }
                starts[i + 1] = starts[i] + file.length();
            }
        } catch (IOException | RuntimeException e) {
            closeAll(channels);
            throw e;
        }
        return new PieceStorage(metainfo, channels, starts);
    }

    /** The pieces whose data on disk matches their hash. */
    public Bitfield verifyAll() throws IOException {
        Bitfield have = new Bitfield(metainfo.pieceCount());
        for (int p = 0; p < metainfo.pieceCount(); p++) {
            if (verify(p)) {
                have.set(p);
            }
        }
        return have;
    }

    /** Whether piece {@code piece} on disk has the SHA-1 the metainfo gives it. */
    public boolean verify(int piece) throws IOException {
        int size = metainfo.pieceSize(piece);
        if (pieceBuffer == null) {
            pieceBuffer = ByteBuffer.allocate(metainfo.pieceLength());
        }
        pieceBuffer.clear().limit(size);
        read(piece, 0, pieceBuffer);
        pieceBuffer.flip();
        sha1.reset();
        sha1.update(pieceBuffer);
        return Arrays.equals(sha1.digest(), metainfo.pieceHash(piece));
    }

    /** Fills {@code into} (position to limit) with the bytes of {@code piece} from {@code offset}. */
    public void read(int piece, int offset, ByteBuffer into) throws IOException {
        long at = checkRange(piece, offset, into.remaining());
        for (int f = fileAt(at); into.hasRemaining(); f++) {
            int end = into.limit();
            into.limit(into.position() + (int) Math.min(into.remaining(), starts[f + 1] - at));
            while (into.hasRemaining()) {
                int n = channels[f].read(into, at - starts[f]);
                if (n < 0) {
                    // A file shorter than the torrent says (truncated while open): zeros, which fail the hash.
                    while (into.hasRemaining()) {
                        into.put((byte) 0);
                    }
                }
                at += Math.max(n, 0);
            }
            at = starts[f + 1];
            into.limit(end);
        }
    }

    /** Writes {@code data} (position to limit) into {@code piece} from {@code offset}. */
    public void write(int piece, int offset, ByteBuffer data) throws IOException {
        long at = checkRange(piece, offset, data.remaining());
        for (int f = fileAt(at); data.hasRemaining(); f++) {
            int end = data.limit();
            data.limit(data.position() + (int) Math.min(data.remaining(), starts[f + 1] - at));
            while (data.hasRemaining()) {
                at += channels[f].write(data, at - starts[f]);
            }
            data.limit(end);
        }
    }

    @Override
    public void close() throws IOException {
        closeAll(channels);
    }

    /** The stream offset of the range, which must lie inside the piece. */
    private long checkRange(int piece, int offset, int length) {
        int size = metainfo.pieceSize(piece);
        if (offset < 0 || length < 0 || offset > size - length) {
            throw new IndexOutOfBoundsException("bytes [" + offset + ", " + offset + "+" + length + ") of piece "
                    + piece + " (" + size + " bytes)");
        }
        return (long) piece * metainfo.pieceLength() + offset;
    }

    /** The first file holding stream byte {@code at}, skipping empty files. */
    private int fileAt(long at) {
        int i = Arrays.binarySearch(starts, at);
        if (i < 0) {
            return -i - 2;
        }
        while (i < channels.length - 1 && starts[i + 1] == at) {
            i++; // empty files start where the next begins
        }
        return i;
    }

    private static void closeAll(FileChannel[] channels) throws IOException {
        IOException first = null;
        for (FileChannel c : channels) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
