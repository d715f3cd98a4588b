package atlas.sim.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Many independent simulation runs on a fixed number of threads, for sweeps, comparisons, the
 * regression suite and the validation suite. A run is a pure function of its scenario and seed
 * and its results come back in the order of the jobs, so the thread count changes nothing but
 * the wall time. The first failure stops the other runs.
 */
public final class ParallelRuns {

    /** One run; an IOException is an output problem, passed on as it is. */
    @FunctionalInterface
    public interface Task<J, R> {
        R run(J job) throws IOException;
    }

    private ParallelRuns() {
    }

    /**
     * Runs {@code task} on every job, at most {@code threads} at a time, and returns the results
     * in job order.
     *
     * @param onDone told each job as it finishes, on the calling thread
     * @param describe names a job in the message of a failure that is not an IOException (a bug)
     */
    public static <J, R> List<R> run(List<J> jobs, int threads, Task<J, R> task, Consumer<J> onDone,
            Function<J, String> describe) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        List<R> results = new ArrayList<>(jobs.size());
        if (jobs.isEmpty()) {
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
        try {
            ExecutorCompletionService<R> done = new ExecutorCompletionService<>(pool);
            Map<Future<R>, Integer> index = new HashMap<>();
            for (int i = 0; i < jobs.size(); i++) {
                J job = jobs.get(i);
                index.put(done.submit(() -> task.run(job)), i);
                results.add(null);
            }
            for (int finished = 0; finished < jobs.size(); finished++) {
                Future<R> future = done.take();
                J job = jobs.get(index.get(future));
                try {
                    results.set(index.get(future), future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(describe.apply(job) + " failed: " + e.getCause(), e.getCause());
                }
                onDone.accept(job);
            }
        } finally {
            // On a failure or an interrupt, stop the other runs; each writes atomically, so they leave nothing behind.
            pool.shutdownNow();
        }
        return results;
    }
}
