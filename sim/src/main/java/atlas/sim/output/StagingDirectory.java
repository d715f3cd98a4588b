package atlas.sim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden sibling {@code .NAME.writing-PID-N} in which {@link RunWriter} builds the output
 * directory NAME before renaming it into place, and {@code .NAME.writing-PID-N.old}, where a
 * previous NAME waits while it is replaced. Neither outlives the write: {@link #close} deletes
 * what is left after a failure, a shutdown hook does the same when the JVM is stopped (SIGTERM,
 * Ctrl-C) mid-write, and a process killed outright (SIGKILL) leaves debris that the next write of
 * NAME removes: a staging directory is stale unless the process in its name is alive, or, for this
 * process's id, unless this process is using it (a container restarts with the same ids).
 * Created by {@link Files#createDirectory}, so the output gets the permissions of a plain mkdir
 * under the user's umask.
 */
final class StagingDirectory implements AutoCloseable {

    private static final String INFIX = ".writing-";
    /** PID-N, then what {@link #aside} and {@link #discard} append. */
    private static final Pattern OURS = Pattern.compile("(\\d{1,18})-\\d+(\\.old|\\.deleting)?");
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong NEXT = new AtomicLong();
    /** Staging directories this process is writing, which look stale by their id after a container restart. */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path aside;
    private final Path target;
    private final Thread hook;

    private StagingDirectory(Path dir, Path target) {
        this.dir = dir;
        this.aside = dir.resolveSibling(dir.getFileName() + ".old");
        this.target = target;
        this.hook = new Thread(this::discard, "discard " + dir.getFileName());
    }

    /**
     * Removes the stale staging directories of {@code target} (absolute), then creates a fresh one
     * and arranges for its removal if the JVM stops before {@link #close}.
     */
    static StagingDirectory create(Path target) throws IOException {
        Path parent = target.getParent();
        String prefix = "." + target.getFileName() + INFIX;
        removeStale(parent, prefix);
        while (true) {
            Path dir = parent.resolve(prefix + PID + "-" + NEXT.getAndIncrement());
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            StagingDirectory staging = new StagingDirectory(dir, target);
            ACTIVE.add(dir);
            Runtime.getRuntime().addShutdownHook(staging.hook);
            return staging;
        }
    }

    /** Where the files are written. */
    Path dir() {
        return dir;
    }

    /** Where a previous output waits while the new one is renamed into place. */
    Path aside() {
        return aside;
    }

    /**
     * Deletes what is left of the staging directory, and settles the previous output set aside:
     * deleted once the new output has taken its place, otherwise put back.
     */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to run; it does what is done here, and both tolerate the other.
        }
        try {
            deleteRecursively(dir);
            settleAside();
        } finally {
            ACTIVE.remove(dir);
        }
    }

    private void settleAside() throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteRecursively(aside);
        } else if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * The shutdown hook: {@link #close} at best effort, since the writing thread keeps running
     * meanwhile. The staging directory is renamed before it is deleted, so that the writer can
     * neither add files to it nor rename it into place.
     */
    private void discard() {
        try {
            Path doomed = dir.resolveSibling(dir.getFileName() + ".deleting");
            Files.move(dir, doomed, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(doomed);
        } catch (IOException | UncheckedIOException gone) {
            // Already installed or removed by the writer.
        }
        try {
            settleAside();
        } catch (IOException | UncheckedIOException raced) {
            // The writer settled it first; the next write of this output removes any remainder.
        }
    }

    private static void removeStale(Path parent, String prefix) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> isStale(p, prefix))) {
            for (Path stale : entries) {
                deleteRecursively(stale);
            }
        }
    }

    /** Names that are not PID-N are a build's before this class, which named them at random. */
    private static boolean isStale(Path path, String prefix) {
        String name = path.getFileName().toString();
        if (!name.startsWith(prefix) || !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Matcher m = OURS.matcher(name.substring(prefix.length()));
        if (!m.matches()) {
            return true;
        }
        long pid = Long.parseLong(m.group(1));
        if (pid == PID) {
            String own = m.group(2) == null ? name : name.substring(0, name.length() - m.group(2).length());
            return !ACTIVE.contains(path.resolveSibling(own));
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
