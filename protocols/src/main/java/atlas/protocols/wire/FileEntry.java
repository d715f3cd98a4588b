package atlas.protocols.wire;

import java.util.List;

/**
 * One file of a torrent (BEP 3 {@code info.files}): its path below the torrent's directory, one
 * component per element, and its length. Files are laid end to end in list order to form the
 * byte stream that pieces cut.
 *
 * @param path path components, none empty, "." or "..", none holding '/', '\' or NUL
 * @param length bytes, not negative
 */
public record FileEntry(List<String> path, long length) {

    public FileEntry {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new WireException("a file path needs at least one component");
        }
        for (String component : path) {
            Metainfo.checkSafeName(component);
        }
        if (length < 0) {
            throw new WireException("negative file length " + length);
        }
    }
}
