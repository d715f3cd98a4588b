package atlas.sim.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A JVM that {@link StagingDirectoryTest} stops mid-write: it stages a file for the output
 * directory {@code args[0]}, having moved a previous output aside if {@code args[1]} is "replace",
 * says "writing" on stdout and waits to be stopped.
 */
final class InterruptedWrite {

    private InterruptedWrite() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        StagingDirectory staging = StagingDirectory.create(target);
        Files.writeString(staging.dir().resolve(RunWriter.SUMMARY), "{\n");
        if (args[1].equals("replace")) {
            Files.move(target, staging.aside(), StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("writing");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
