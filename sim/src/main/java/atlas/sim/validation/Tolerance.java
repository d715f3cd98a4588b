package atlas.sim.validation;

import atlas.sim.output.Decimals;

/**
 * What a check accepts: how far a simulated value may be from its reference. Each form says in
 * words what it requires, so the table and the CSV show the rule next to the verdict.
 */
public sealed interface Tolerance {

    /** Whether {@code simulated} agrees with {@code reference}. NaN never agrees. */
    boolean accepts(double simulated, double reference);

    /** The rule in a few words, such as "ratio in [0.8, 1.25]". */
    String describe();

    /** simulated / reference >= min: for lower bounds, which no run may beat. */
    record RatioAtLeast(double min) implements Tolerance {
        @Override
        public boolean accepts(double simulated, double reference) {
            return simulated / reference >= min;
        }

        @Override
        public String describe() {
            return "ratio >= " + Decimals.format(min);
        }
    }

    /** min <= simulated / reference <= max: for a model's prediction, with its known error. */
    record RatioWithin(double min, double max) implements Tolerance {
        public RatioWithin {
            if (!(min <= max)) {
                throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
            }
        }

        @Override
        public boolean accepts(double simulated, double reference) {
            double ratio = simulated / reference;
            return ratio >= min && ratio <= max;
        }

        @Override
        public String describe() {
            return "ratio in [" + Decimals.format(min) + ", " + Decimals.format(max) + "]";
        }
    }

    /** |simulated - reference| <= max: for references of 0 (an exact balance, no growth). */
    record AbsoluteWithin(double max) implements Tolerance {
        @Override
        public boolean accepts(double simulated, double reference) {
            return Math.abs(simulated - reference) <= max;
        }

        @Override
        public String describe() {
            return "|difference| <= " + Decimals.format(max);
        }
    }
}
