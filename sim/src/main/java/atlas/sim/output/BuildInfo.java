package atlas.sim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of atlas produced a result: the project version and the git commit, stamped into
 * {@code build.properties} by Maven resource filtering from the properties that
 * git-commit-id-maven-plugin sets (see sim/pom.xml). A commit built with uncommitted changes ends
 * in "-dirty"; a build outside a git checkout leaves the placeholders unexpanded, read as
 * "unknown".
 *
 * @param version the Maven project version, such as 0.1.0-SNAPSHOT
 * @param commit the full commit id, possibly with "-dirty", or "unknown"
 */
public record BuildInfo(String version, String commit) {

    static final String UNKNOWN = "unknown";

    /** The build this code belongs to. */
    public static final BuildInfo CURRENT = load();

    /** How tables and messages name a build: "version (commit)". */
    @Override
    public String toString() {
        return version + " (" + commit + ")";
    }

    private static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return from(properties);
    }

    /** Reads the filtered properties, treating a missing or unexpanded value as unknown. */
    static BuildInfo from(Properties properties) {
        String version = expanded(properties.getProperty("version"));
        String commit = expanded(properties.getProperty("commit"));
        if (!commit.equals(UNKNOWN) && "true".equals(properties.getProperty("dirty"))) {
            commit += "-dirty";
        }
        return new BuildInfo(version, commit);
    }

    private static String expanded(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.trim();
    }
}
