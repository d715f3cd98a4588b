package atlas.sim.validation;

import java.util.List;

/**
 * How much the suite runs: {@link #QUICK} for CI (a few minutes on two cores), {@link #FULL} for
 * the numbers quoted in the README (more peers, replicates and simulated time).
 *
 * @param name "quick" or "full", as the command reports it
 * @param kumarRossPeers the flash-crowd sizes of the minimum-distribution-time checks
 * @param replicates seeds per model scenario and variant
 * @param fluidRun the simulated time of a fluid-model run
 * @param missingPieceRun the simulated time of a missing-piece run
 * @param shrinkShipped whether shipped scenarios are shrunk for the conservation checks
 */
public record Mode(String name, List<Integer> kumarRossPeers, int replicates, String fluidRun, String missingPieceRun,
        boolean shrinkShipped) {

    public static final Mode QUICK = new Mode("quick", List.of(30, 300), 1, "90 min", "40 min", true);
    public static final Mode FULL = new Mode("full", List.of(30, 300, 1000), 3, "6 h", "2 h", false);

    public Mode {
        kumarRossPeers = List.copyOf(kumarRossPeers);
    }
}
