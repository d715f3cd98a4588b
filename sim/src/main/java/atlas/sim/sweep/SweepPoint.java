package atlas.sim.sweep;

import java.util.List;

/**
 * One point of a sweep's parameter space.
 *
 * @param id such as {@code p0003}
 * @param values each parameter's value as the tables show it, in parameter order
 */
public record SweepPoint(String id, List<String> values) {

    public SweepPoint {
        values = List.copyOf(values);
    }
}
