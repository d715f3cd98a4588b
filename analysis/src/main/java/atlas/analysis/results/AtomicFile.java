package atlas.analysis.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes an output file whole or not at all: the content goes to a temporary sibling that is then
 * moved over the target, so a reader, or a redraw interrupted half way, never sees a truncated
 * chart, table or report.
 */
public final class AtomicFile {

    /** Fills a temporary file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content to {@code temporary}, which exists and is empty. */
        void writeTo(Path temporary) throws IOException;
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AtomicFile() {
    }

    /** Writes {@code file} through {@code content}, creating parent directories. */
    public static void write(Path file, Content content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Not Files.createTempFile: its owner-only permissions would carry over to the result.
            Path temporary = parent.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + SEQUENCE.incrementAndGet() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            try {
                content.writeTo(temporary);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes UTF-8 text. */
    public static void writeString(Path file, String text) {
        write(file, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
    }
}
