package atlas.sim.cli;

import atlas.analysis.results.ResultKind;
import atlas.sim.output.OutputDirectoryException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a directory given to {@code chart} or {@code report} holds; anything else is bad input. */
final class ResultDirectories {

    private ResultDirectories() {
    }

    /** @throws atlas.analysis.results.ResultFileException if it holds no results */
    static ResultKind kind(Path dir) throws OutputDirectoryException {
        if (!Files.isDirectory(dir)) {
            throw new OutputDirectoryException(dir + ": no such directory");
        }
        return ResultKind.of(dir);
    }
}
