package atlas.protocols.choke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the names scenarios use for chokers and that each entry builds from its own parameters only. */
class ChokersTest {

    @Test
    void registersTheDocumentedNames() {
        assertEquals(List.of("mainline", "propshare", "bid-mainline"), List.copyOf(Chokers.LEECHER.names()));
        assertEquals(List.of("mainline-seed", "round-robin", "fastest-upload", "anti-leech",
                        "bid-mainline-seed"),
                List.copyOf(Chokers.SEED.names()));
    }

    @Test
    void defaultsBuildEveryChokerWithMainlinesTenSecondRound() {
        for (var registry : List.of(Chokers.LEECHER, Chokers.SEED)) {
            for (String name : registry.names()) {
                var entry = registry.find(name).orElseThrow();
                assertEquals(10_000_000L, entry.create(entry.defaults()).roundInterval(), name);
            }
        }
    }

    @Test
    void rejectsAnotherPolicysParameters() {
        var mainline = Chokers.LEECHER.find("mainline").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> mainline.create(PropShareChokerParams.DEFAULTS));
    }
}
