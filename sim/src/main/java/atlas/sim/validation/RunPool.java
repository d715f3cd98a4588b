package atlas.sim.validation;

import atlas.sim.output.RunResult;
import atlas.sim.swarm.ProgressListener;
import atlas.sim.swarm.SwarmSimulation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the suite's simulations on a fixed number of threads. A run is a pure function of its
 * scenario and seed, and results come back in the order of the runs, so the thread count changes
 * nothing but the wall time.
 */
final class RunPool {

    private RunPool() {
    }

    /**
     * Runs every simulation and returns their results in the same order.
     *
     * @param finished told the label of each run as it finishes, from the worker threads
     */
    static List<RunResult> runAll(List<ValidationRun> runs, int jobs, Consumer<String> finished) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, runs.size())));
        try {
            List<Future<RunResult>> futures = new ArrayList<>(runs.size());
            for (ValidationRun run : runs) {
                futures.add(pool.submit(() -> {
                    RunResult result = new SwarmSimulation(run.scenario(), run.seed()).run(ProgressListener.NONE);
                    finished.accept(run.label());
                    return result;
                }));
            }
            List<RunResult> results = new ArrayList<>(runs.size());
            for (Future<RunResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the validation suite", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a validation run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
