package atlas.analysis.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the DejaVu Sans font files (Debian's {@code fonts-dejavu-core}) that the PDF export embeds.
 * The JDK does not reveal which file backs a {@link java.awt.Font}, so this looks where Linux
 * distributions, the JDK and macOS keep fonts; {@code ATLAS_FONT_DIR} adds a directory first.
 */
final class FontFiles {

    private static final List<String> NAMES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

    private static final List<Path> FILES = find();

    private FontFiles() {
    }

    /** The regular and bold DejaVu Sans files found, or none if either is missing. */
    static List<Path> dejaVuSans() {
        return FILES;
    }

    private static List<Path> find() {
        List<Path> roots = new ArrayList<>();
        String extra = System.getenv("ATLAS_FONT_DIR");
        if (extra != null && !extra.isBlank()) {
            roots.add(Path.of(extra));
        }
        roots.add(Path.of("/usr/share/fonts"));
        roots.add(Path.of("/usr/local/share/fonts"));
        roots.add(Path.of(System.getProperty("java.home"), "lib", "fonts"));
        roots.add(Path.of(System.getProperty("user.home"), "Library", "Fonts"));
        roots.add(Path.of("/Library/Fonts"));
        List<Path> found = new ArrayList<>();
        for (String name : NAMES) {
            Path file = roots.stream().map(root -> search(root, name)).filter(p -> p != null).findFirst().orElse(null);
            if (file == null) {
                return List.of();
            }
            found.add(file);
        }
        return List.copyOf(found);
    }

    private static Path search(Path root, String name) {
        if (!Files.isDirectory(root)) {
            return null;
        }
        // Font trees are a few levels deep; the bound keeps a stray symlink loop harmless.
        try (Stream<Path> files = Files.find(root, 4, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals(name))) {
            return files.sorted().findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }
}
