package atlas.sim.sweep;

import java.util.Map;

/**
 * One of {@code count} disjoint slices of a sweep's runs: run number k (in run id order, from 0)
 * belongs to slice {@code k mod count}. Round robin keeps the slices' sizes within one run of each
 * other and mixes cheap and expensive points. Schedulers name the slice of a task through their
 * environment: Slurm job arrays ({@code SLURM_ARRAY_TASK_ID} minus {@code SLURM_ARRAY_TASK_MIN},
 * of {@code SLURM_ARRAY_TASK_COUNT}) and Kubernetes Indexed Jobs ({@code JOB_COMPLETION_INDEX},
 * with the count given separately since the pod is not told it).
 *
 * @param index 0-based
 * @param count at least 1
 */
public record Shard(int index, int count) {

    /** The whole sweep as one slice. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 0 <= I < N");
        }
    }

    /** Whether run number {@code runIndex} belongs to this slice. */
    public boolean includes(int runIndex) {
        return runIndex % count == index;
    }

    /** "I/N", with I from 0. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: expected I/N such as 0/4, I from 0 to N-1");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * The slice chosen by the command line ({@code option} "I/N", or null) or else by the
     * environment; {@link #ALL} if neither names one.
     *
     * @param countOption the number of slices for {@code JOB_COMPLETION_INDEX}, or null to read
     *     {@code ATLAS_SHARD_COUNT}
     */
    public static Shard resolve(String option, Integer countOption, Map<String, String> env) {
        if (option != null) {
            return parse(option);
        }
        String slurmId = env.get("SLURM_ARRAY_TASK_ID");
        if (slurmId != null) {
            // Arrays may be numbered from any value (--array=1-8): slices count from the first.
            int first = number(env.getOrDefault("SLURM_ARRAY_TASK_MIN", "0"), "SLURM_ARRAY_TASK_MIN");
            return new Shard(number(slurmId, "SLURM_ARRAY_TASK_ID") - first,
                    number(required(env, "SLURM_ARRAY_TASK_COUNT", "a Slurm job array"), "SLURM_ARRAY_TASK_COUNT"));
        }
        String completionIndex = env.get("JOB_COMPLETION_INDEX");
        if (completionIndex != null) {
            int count = countOption != null ? countOption
                    : number(required(env, "ATLAS_SHARD_COUNT", "JOB_COMPLETION_INDEX (or give --shard-count)"),
                            "ATLAS_SHARD_COUNT");
            return new Shard(number(completionIndex, "JOB_COMPLETION_INDEX"), count);
        }
        return ALL;
    }

    private static String required(Map<String, String> env, String name, String user) {
        String value = env.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is not set; " + user + " needs it");
        }
        return value;
    }

    private static int number(String text, String name) {
        if (!text.trim().matches("\\d{1,9}")) {
            throw new IllegalArgumentException(name + "='" + text + "' is not a whole number");
        }
        return Integer.parseInt(text.trim());
    }
}
