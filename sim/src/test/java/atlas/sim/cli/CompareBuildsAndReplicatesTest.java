package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.compare.RunBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas compare} refuses to resume into a directory whose runs another build made, before
 * running anything, unless {@code --allow-mixed-builds}; it warns when too few replicates leave
 * the Wilcoxon test unable to reach significance; and it lists the metrics it could not compare.
 */
class CompareBuildsAndReplicatesTest {

    @TempDir
    Path tmp;

    @Test
    void refusesToPairRunsOfAnotherBuildUnlessAllowed() throws IOException {
        // Seeders that stay: the runs end before any could stay an hour, so retention at 24 h is null.
        String seeding = "behaviour: { seeding: { model: exponential, mean: 1 min } }\n";
        Path a = Files.writeString(tmp.resolve("a.yaml"), TinyScenario.yaml("a", "256 KiB", 6, seeding));
        Path b = Files.writeString(tmp.resolve("b.yaml"), TinyScenario.yaml("b", "128 KiB", 6, seeding));
        Path dir = tmp.resolve("cmp");
        List<String> compare = List.of("compare", a.toString(), b.toString(), "--replicates", "2", "--quiet",
                "--format", "svg", "--out", dir.toString());
        Atlas.Outcome first = Atlas.ok(compare.toArray(String[]::new));
        assertTrue(first.err().contains(CompareCommand.fewReplicatesWarning(2)), first.err());
        assertTrue(first.out().contains("Holm-adjusted"), first.out());
        // Null in every summary, listed anyway.
        assertTrue(first.out().contains("omitted: seeder_retention.24h (defined in both runs of 0 of 2 pairs"), first.out());
        List<Path> runs = runs(dir);
        assertEquals(4, runs.size());
        // An earlier run made by another build, and one run still to do.
        Path summary = runs.get(0).resolve("summary.json");
        String current = RunBuilds.current();
        String commit = current.substring(current.indexOf('(') + 1, current.length() - 1);
        Files.writeString(summary, Files.readString(summary).replace("\"git_commit\": \"" + commit + "\"",
                "\"git_commit\": \"0123456789abcdef-dirty\""));
        deleteRecursively(runs.get(3));

        Atlas.Outcome refused = Atlas.run(compare.toArray(String[]::new));
        assertEquals(2, refused.exitCode(), refused.err());
        String oldBuild = current.replace("(" + commit + ")", "(0123456789abcdef-dirty)");
        assertTrue(refused.err().contains("1 by " + oldBuild), refused.err());
        assertTrue(refused.err().contains("this is " + current), refused.err());
        assertTrue(refused.err().contains("delete " + dir) && refused.err().contains("fresh --out")
                && refused.err().contains("--allow-mixed-builds"), refused.err());
        assertFalse(Files.exists(runs.get(3)), "refused before running anything");

        List<String> allowed = Stream.concat(compare.stream(), Stream.of("--allow-mixed-builds")).toList();
        Atlas.Outcome mixed = Atlas.ok(allowed.toArray(String[]::new));
        assertTrue(Files.exists(runs.get(3)));
        assertTrue(mixed.err().contains("made by 2 builds"), mixed.err());
    }

    @Test
    void warnsThatFewReplicatesCannotMakeWilcoxonSignificant() {
        String two = CompareCommand.fewReplicatesWarning(2);
        assertTrue(two.contains("smallest two-sided Wilcoxon p-value attainable is 0.5") && two.contains("12.7"), two);
        assertTrue(CompareCommand.fewReplicatesWarning(4).contains(" is 0.125 "));
        assertTrue(CompareCommand.fewReplicatesWarning(5).contains(" is 0.0625 "));
        // The threshold is where the exact test, all differences positive, first gets below 0.05.
        assertEquals(0.0625, wilcoxonAllPositive(CompareCommand.FEW_REPLICATES - 1), 1e-12);
        assertEquals(0.03125, wilcoxonAllPositive(CompareCommand.FEW_REPLICATES), 1e-12);
    }

    private static double wilcoxonAllPositive(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = i + 1;
        }
        return WilcoxonSignedRankTest.withDefaults().test(d).getPValue();
    }

    private static List<Path> runs(Path dir) throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
            return runs.sorted().toList();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((x, y) -> y.compareTo(x)).toList()) {
                Files.delete(p);
            }
        }
    }
}
