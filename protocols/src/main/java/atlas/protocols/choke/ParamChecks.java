package atlas.protocols.choke;

import java.time.Duration;

/** Validation shared by the choker parameter records; messages name the scenario's kebab-case key. */
final class ParamChecks {

    private ParamChecks() {
    }

    static void positive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, got " + value);
        }
    }

    static void notNegative(Duration value, String key) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(key + " must not be negative, got " + value);
        }
    }

    static void atLeast(long value, long min, String key) {
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
        }
    }

    static void fraction(double value, String key) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(key + " must be in [0, 1), got " + value);
        }
    }

    static long micros(Duration value) {
        return value.toNanos() / 1_000;
    }
}
