package atlas.sim.output;

import java.io.IOException;

/**
 * The requested output directory cannot be used: it exists and is not a previous run's output,
 * so replacing it could destroy someone's files. A user error, not a failure of the run.
 */
public final class OutputDirectoryException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputDirectoryException(String message) {
        super(message);
    }
}
