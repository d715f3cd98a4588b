package atlas.sim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file by renaming a complete hidden sibling into place, so that a reader (another
 * shard, a merge, a person) never sees half of it, and shards writing the same file at once leave
 * one whole copy.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path file, String text) throws IOException {
        Path staging = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".writing");
        try {
            Files.writeString(staging, text, StandardCharsets.UTF_8);
            Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
    }
}
