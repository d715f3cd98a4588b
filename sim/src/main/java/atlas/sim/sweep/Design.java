package atlas.sim.sweep;

/**
 * How a sweep chooses its points: every combination of the parameters' listed values and steps (a
 * grid), or a number of points sampled from the parameters' ranges.
 */
public sealed interface Design {

    /** Every combination; the first parameter varies slowest. */
    record Grid() implements Design {
    }

    /** {@code points} points drawn by {@code method} from the unit hypercube, scaled to the ranges. */
    record Sampled(Method method, int points) implements Design {
    }

    /** The sampling methods, by their name in the sweep file. */
    enum Method {
        /** Independent uniform draws. */
        RANDOM("random"),
        /** Latin hypercube: each parameter's range cut into {@code points} strata, one point in each. */
        LHS("lhs"),
        /** The Sobol low-discrepancy sequence, from its first point (the origin). */
        SOBOL("sobol");

        private final String key;

        Method(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
