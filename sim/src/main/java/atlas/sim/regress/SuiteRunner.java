package atlas.sim.regress;

import atlas.sim.output.RunResult;
import atlas.sim.output.RunWriter;
import atlas.sim.scenario.Scenario;
import atlas.sim.swarm.ProgressListener;
import atlas.sim.swarm.SwarmSimulation;
import atlas.sim.sweep.ParallelRuns;
import atlas.sim.sweep.SweepListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs each scenario of the suite on its seeds, {@code jobs} runs at a time, and writes run i of a
 * scenario to {@code DIR/runs/<scenario>/r<i>} (replacing what an earlier check left there), so
 * that a surprising result can be inspected. Unlike a sweep it never resumes: a run left by an
 * earlier build would pass off old behaviour as new. A run is a pure function of its scenario and
 * seed, so the thread count changes only the time.
 */
public final class SuiteRunner {

    /** Where the runs go, under the output directory. */
    public static final String RUNS = "runs";

    private SuiteRunner() {
    }

    /** One run to do. */
    record Job(Scenario scenario, int replicate, long seed) {
    }

    /**
     * Runs every scenario on its seeds.
     *
     * @param seeds the seeds of each scenario, by name; every scenario must have its list
     * @return the outcomes by scenario name, in suite order, each in the order of its seeds
     */
    public static Map<String, List<RunOutcome>> run(List<Scenario> scenarios, Map<String, List<Long>> seeds, Path dir,
            int jobs, SweepListener listener) throws IOException, InterruptedException {
        List<Job> all = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            List<Long> list = seeds.get(scenario.name());
            for (int r = 0; r < list.size(); r++) {
                all.add(new Job(scenario, r, list.get(r)));
            }
        }
        listener.onStart(all.size(), 0);
        Path runsDir = dir.resolve(RUNS);
        int[] finished = {0};
        List<RunOutcome> outcomes = ParallelRuns.run(all, jobs, job -> runOne(job, runsDir),
                job -> listener.onRunDone(++finished[0]),
                job -> "run of " + job.scenario().name() + " on seed " + job.seed());
        Map<String, List<RunOutcome>> byScenario = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byScenario.computeIfAbsent(all.get(i).scenario().name(), name -> new ArrayList<>()).add(outcomes.get(i));
        }
        return byScenario;
    }

    private static RunOutcome runOne(Job job, Path runsDir) throws IOException {
        RunResult result = new SwarmSimulation(job.scenario(), job.seed()).run(ProgressListener.NONE);
        Path runDir = runsDir.resolve(job.scenario().name()).resolve(String.format("r%02d", job.replicate()));
        RunWriter.write(result, runDir);
        return new RunOutcome(job.seed(), RunDigest.of(runDir, result.events()), result.events(),
                MetricValues.of(result));
    }
}
