package atlas.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.scenario.Arrivals;
import atlas.sim.scenario.Quantities;
import atlas.sim.scenario.RateDistribution;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep file resolves into the runs it describes, each run's seed depends on the master seed and
 * its id only, and every mistake is reported with the sweep file's name, the line and the key.
 */
class SweepLoaderTest {

    static final String BASE = """
            name: tiny
            content: { size: 2 MiB, piece: 256 KiB }
            network:
              classes:
                - { name: dsl, share: 1, upload: 1 Mbit/s, download: 8 Mbit/s }
            seeds: [ { upload: 10 Mbit/s } ]
            arrivals: { flash-crowd: { peers: 20 } }
            """;

    @TempDir
    Path tmp;

    @BeforeEach
    void writeBase() throws IOException {
        Files.writeString(tmp.resolve("base.yaml"), BASE);
    }

    private SweepPlan load(String sweep) throws IOException, ScenarioException {
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, sweep);
        return SweepLoader.load(file);
    }

    private List<ScenarioProblem> problems(String sweep) throws IOException {
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, sweep);
        return assertThrows(ScenarioException.class, () -> SweepLoader.load(file)).problems();
    }

    private void assertOneProblem(String sweep, int line, String keyPath, String fragment) throws IOException {
        List<ScenarioProblem> problems = problems(sweep);
        assertEquals(1, problems.size(), problems.toString());
        ScenarioProblem problem = problems.get(0);
        assertEquals(tmp.resolve("sweep.yaml").toString(), problem.file(), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertEquals(keyPath, problem.keyPath(), problem.toString());
        assertTrue(problem.message().contains(fragment), problem.toString());
    }

    @Test
    void gridResolvesEveryPointAndReplicate() throws Exception {
        SweepPlan plan = load("""
                name: two-by-two
                base: base.yaml
                replicates: 3
                parameters:
                  protocol.picker: [rarest-first, random]
                  network.classes.0.upload: { range: [1 Mbit/s, 4 Mbit/s], steps: 2 }
                """);
        assertEquals("two-by-two", plan.name());
        assertEquals(List.of("protocol.picker", "network.classes.0.upload"), plan.parameters());
        assertEquals(4, plan.points().size());
        assertEquals(List.of("random", "1 Mbit/s"), plan.points().get(2).values());
        assertEquals(12, plan.runs().size());
        SweepRun run = plan.runs().get(5);
        assertEquals("p0001-r02", run.id());
        assertEquals(5, run.index());
        assertEquals("rarest-first", run.scenario().protocol().picker().name());
        assertEquals(new RateDistribution.Fixed(Quantities.parseRate("4 Mbit/s")),
                run.scenario().network().classes().get(0).upload());
        assertEquals(RunSeeds.replicate(1, 2), run.seed());
        // Common random numbers: replicate 2 of every point runs on the same seed.
        assertEquals(run.seed(), plan.runs().get(2).seed());
        assertEquals("p0000-r02", plan.runs().get(2).id());
    }

    @Test
    void noParametersMeansReplicatesOfTheBase() throws Exception {
        SweepPlan plan = load("base: base.yaml\nreplicates: 4\nseed: 9\n");
        assertEquals("sweep", plan.name(), "named after the file");
        assertEquals(1, plan.points().size());
        assertEquals(List.of("p0000-r00", "p0000-r01", "p0000-r02", "p0000-r03"),
                plan.runs().stream().map(SweepRun::id).toList());
        assertEquals(new Arrivals.FlashCrowd(20), plan.runs().get(0).scenario().arrivals());
    }

    @Test
    void addingAValueKeepsEveryExistingRunAndSeed() throws Exception {
        String sweep = """
                base: base.yaml
                replicates: 2
                seed: 77
                parameters:
                  arrivals.flash-crowd.peers: [10, 20]
                  protocol.picker: [rarest-first, random]
                """;
        SweepPlan before = load(sweep);
        SweepPlan after = load(sweep.replace("[10, 20]", "[10, 20, 30]"));
        assertEquals(12, after.runs().size());
        for (SweepRun run : before.runs()) {
            SweepRun same = after.runs().get(run.index());
            assertEquals(run.id(), same.id());
            assertEquals(run.scenario(), same.scenario(), "same values and seed for " + run.id());
        }
        assertNotEquals(before.hash(), after.hash());
        assertEquals(before.hash(), load(sweep).hash(), "the hash is a function of the sweep");
        SweepPlan otherMaster = load(sweep.replace("seed: 77", "seed: 78"));
        assertNotEquals(before.runs().get(0).seed(), otherMaster.runs().get(0).seed());
    }

    @Test
    void seedsOfDifferentRunsDiffer() throws Exception {
        SweepPlan plan = load("base: base.yaml\nreplicates: 50\n");
        assertEquals(50, plan.runs().stream().mapToLong(SweepRun::seed).distinct().count());
    }

    @Test
    void sampledDesignsDrawFromTheRanges() throws Exception {
        SweepPlan lhs = load("""
                base: base.yaml
                design: { lhs: 6 }
                parameters:
                  arrivals.flash-crowd.peers: { range: [10, 40] }
                  network.classes.0.upload: { range: [1 Mbit/s, 100 Mbit/s], scale: log }
                """);
        assertEquals(6, lhs.points().size());
        assertEquals(lhs.points(), load(Files.readString(tmp.resolve("sweep.yaml"))).points(), "drawn from the master seed");
        for (SweepPoint point : lhs.points()) {
            long peers = Long.parseLong(point.values().get(0));
            double rate = Quantities.parseRate(point.values().get(1));
            assertTrue(peers >= 10 && peers <= 40, point.toString());
            assertTrue(rate >= Quantities.parseRate("1 Mbit/s") && rate <= Quantities.parseRate("100 Mbit/s"), point.toString());
        }
        SweepPlan sobol = load("""
                base: base.yaml
                design: { sobol: 2 }
                parameters:
                  network.classes.0.upload: { range: [1 Mbit/s, 100 Mbit/s], scale: log }
                """);
        assertEquals(List.of("1 Mbit/s"), sobol.points().get(0).values(), "Sobol starts at the origin: the low end");
        assertEquals(List.of("10 Mbit/s"), sobol.points().get(1).values(), "then the middle, on a log scale");
    }

    @Test
    void unknownKeyIsReportedWithItsLine() throws IOException {
        assertOneProblem("base: base.yaml\nreplicate: 2\n", 2, "replicate", "unknown key 'replicate' (did you mean 'replicates'?)");
    }

    @Test
    void unknownParameterPathIsReportedAtItsLine() throws IOException {
        assertOneProblem("""
                base: base.yaml
                parameters:
                  protocol.picker: [random]
                  protocol.pikcer: [random]
                """, 4, "parameters.protocol.pikcer", "unknown key 'pikcer'");
    }

    @Test
    void badUnitIsReportedAtItsLine() throws IOException {
        assertOneProblem("""
                base: base.yaml
                parameters:
                  network.classes.0.upload:
                    - 1 Mbit/s
                    - 5 Mbps
                """, 5, "parameters.network.classes.0.upload", "'5 Mbps' has an unknown rate unit");
    }

    @Test
    void zeroReplicatesIsAProblem() throws IOException {
        assertOneProblem("base: base.yaml\nreplicates: 0\n", 2, "replicates", "from 1");
    }

    @Test
    void rangesMustFitTheDesign() throws IOException {
        assertOneProblem("""
                base: base.yaml
                parameters:
                  arrivals.flash-crowd.peers: { range: [10, 40] }
                """, 3, "parameters.arrivals.flash-crowd.peers", "needs steps");
        assertOneProblem("""
                base: base.yaml
                design: { random: 4 }
                parameters:
                  arrivals.flash-crowd.peers: { range: [10, 40], steps: 4 }
                """, 4, "parameters.arrivals.flash-crowd.peers.steps", "no meaning in a sampled design");
        assertOneProblem("""
                base: base.yaml
                parameters:
                  network.classes.0.upload: { range: [500 kbit/s, 10 Mbit/s], steps: 3 }
                """, 3, "parameters.network.classes.0.upload.range", "same unit");
    }

    @Test
    void missingBaseIsReportedAtTheBaseKey() throws IOException {
        assertOneProblem("name: x\nbase: nowhere.yaml\n", 2, "base", "file not found");
    }

    @Test
    void sweepFilesAreToldFromScenarios() throws IOException {
        Files.writeString(tmp.resolve("sweep.yaml"), "base: base.yaml\n");
        assertTrue(SweepLoader.isSweep(tmp.resolve("sweep.yaml")));
        assertTrue(!SweepLoader.isSweep(tmp.resolve("base.yaml")));
    }
}
