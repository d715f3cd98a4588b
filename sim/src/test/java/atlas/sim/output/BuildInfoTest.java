package atlas.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Provenance is read from the build's stamped properties, and says "unknown" rather than a raw placeholder when the build had no git checkout. */
class BuildInfoTest {

    private static Properties properties(String version, String commit, String dirty) {
        Properties p = new Properties();
        p.setProperty("version", version);
        p.setProperty("commit", commit);
        p.setProperty("dirty", dirty);
        return p;
    }

    @Test
    void cleanAndDirtyCommits() {
        assertEquals(new BuildInfo("1.0", "abc123"), BuildInfo.from(properties("1.0", "abc123", "false")));
        assertEquals(new BuildInfo("1.0", "abc123-dirty"), BuildInfo.from(properties("1.0", "abc123", "true")));
    }

    @Test
    void unexpandedPlaceholdersAreUnknown() {
        assertEquals(new BuildInfo("1.0", "unknown"),
                BuildInfo.from(properties("1.0", "${git.commit.id}", "${git.dirty}")));
        assertEquals(new BuildInfo("unknown", "unknown"), BuildInfo.from(new Properties()));
    }

    @Test
    void thisBuildIsStampedWithItsVersion() {
        // Maven filtered build.properties before the tests ran.
        assertFalse(BuildInfo.CURRENT.version().equals("unknown"));
        assertFalse(BuildInfo.CURRENT.version().contains("$"));
        assertFalse(BuildInfo.CURRENT.commit().contains("$"));
    }
}
