package atlas.analysis.results;

/**
 * A result file that cannot be read as what it should be: malformed, truncated, or missing a
 * column or key. The message names the file (and the line, where there is one), so that a
 * command can report it as bad input rather than as a bug.
 */
public final class ResultFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ResultFileException(String message) {
        super(message);
    }

    public ResultFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
