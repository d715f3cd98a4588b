package atlas.sim.scenario;

/**
 * Initial seeds, present from time 0 with the whole content. YAML: {@code seeds: [ { count: 1,
 * upload: 10 Mbit/s, download: 10 Mbit/s, leaves: never } ]}.
 *
 * @param leavesAtMicros simulated time at which these seeds leave; {@link #NEVER} if they stay
 */
public record SeedGroup(int count, double uploadBytesPerSecond, double downloadBytesPerSecond, long leavesAtMicros) {

    public static final long NEVER = Long.MAX_VALUE;
}
