package atlas.sim.regress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.sweep.SweepListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unchanged code, checked 20 times on fresh seeds against its own baseline, raises at most one
 * metric alarm (regressed or improved) in total. To keep the test short it runs the shipped suite
 * with 1 MiB of content instead of 4 and 6 replicates instead of 20. The full suite is checked the
 * same way from the command line: {@code atlas regress --fresh-seeds N} for 20 values of N.
 */
class FalseAlarmTest {

    private static final int REPLICATES = 6;
    private static final int CHECKS = 20;

    @TempDir
    Path tmp;

    @Test
    void twentyFreshChecksRaiseAtMostOneAlarm() throws Exception {
        RegressionSuite suite = RegressionSuite.load(RegressionTest.SUITE, List.of(SuiteOverride.parse("content.size=1 MiB")));
        Path baselines = tmp.resolve("baselines");
        Regression.update(suite, baselines, new Regression.Settings(null, REPLICATES, 2, tmp.resolve("out"), SweepListener.NONE));
        List<String> alarms = new ArrayList<>();
        for (long master = 1001; master < 1001 + CHECKS; master++) {
            RegressionReport report = Regression.check(suite, baselines,
                    new Regression.Settings(master, null, 2, tmp.resolve("out"), SweepListener.NONE));
            for (MetricRow row : report.metrics()) {
                if (row.verdict() == Verdict.REGRESSED || row.verdict() == Verdict.IMPROVED) {
                    alarms.add("master seed " + master + ": " + row.scenario() + " " + JUnitReport.describe(row));
                }
            }
            assertTrue(report.behaviour().stream().allMatch(b -> b.compared() == 0), "fresh seeds: behaviour not compared");
        }
        assertTrue(alarms.size() <= 1, alarms.toString());
    }
}
