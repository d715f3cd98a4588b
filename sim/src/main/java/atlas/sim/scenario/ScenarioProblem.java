package atlas.sim.scenario;

/**
 * One thing wrong with a scenario: where (file, 1-based line or 0 if none, key path such as
 * {@code network.classes[1].upload} or "" for the whole file) and what, including what is valid.
 */
public record ScenarioProblem(String file, int line, String keyPath, String message) {

    /** {@code file:line: key.path: message}, the one-line form printed on stderr. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!keyPath.isEmpty()) {
            text.append(keyPath).append(": ");
        }
        return text.append(message).toString();
    }
}
