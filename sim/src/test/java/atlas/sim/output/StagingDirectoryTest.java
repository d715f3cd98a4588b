package atlas.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing an output directory leaves no hidden staging debris, even when stopped mid-write or after an earlier run was killed, and the output gets a plain mkdir's permissions. */
class StagingDirectoryTest {

    @TempDir
    Path tmp;

    private List<String> entries() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path dir(Path path) throws IOException {
        Files.createDirectories(path);
        Files.writeString(path.resolve("peers.csv"), "id\n");
        return path;
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void outputDirectoryHasThePermissionsOfAPlainMkdir() throws IOException {
        RunWriter.write(Fixtures.run(1_000_000, 0, List.of()), tmp.resolve("run"));
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("run"))));
    }

    @Test
    void aWriteRemovesTheDebrisOfEarlierInterruptedWritesOfTheSameName() throws Exception {
        long dead = deadPid();
        long self = ProcessHandle.current().pid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        dir(tmp.resolve(".run.writing-8731093527461"));         // named by the build before this fix
        dir(tmp.resolve(".run.writing-8731093527461.old"));
        dir(tmp.resolve(".run.writing-" + dead + "-3"));
        dir(tmp.resolve(".run.writing-" + dead + "-3.old"));
        dir(tmp.resolve(".run.writing-" + dead + "-4.deleting"));
        dir(tmp.resolve(".run.writing-" + self + "-999999"));     // this id, from before a container restart
        dir(tmp.resolve(".run.writing-" + alive + "-0"));         // a live process may be writing it
        dir(tmp.resolve(".other.writing-" + dead + "-0"));        // another output's
        RunWriter.write(Fixtures.run(1_000_000, 0, List.of()), tmp.resolve("run"));
        assertEquals(List.of(".other.writing-" + dead + "-0", ".run.writing-" + alive + "-0", "run"), entries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "replace"})
    void stoppingTheJvmMidWriteRemovesTheStagingDirectory(String mode) throws Exception {
        Path target = tmp.resolve("run");
        if (mode.equals("replace")) {
            dir(target);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), InterruptedWrite.class.getName(), target.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine());
            assertTrue(entries().stream().anyMatch(name -> name.startsWith(".run.writing-")), entries().toString());
            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child should end when told to");
        } finally {
            child.destroyForcibly();
        }
        if (mode.equals("replace")) {
            assertEquals(List.of("run"), entries(), "the previous output is put back");
            assertEquals("id\n", Files.readString(target.resolve("peers.csv")));
        } else {
            assertEquals(List.of(), entries());
        }
    }

    /** The main classes (StagingDirectory) and the test classes (InterruptedWrite): all the child needs. */
    private static String classPath() throws URISyntaxException {
        return String.join(java.io.File.pathSeparator, location(StagingDirectory.class), location(InterruptedWrite.class));
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
