package atlas.sim.behaviour;

import atlas.protocols.PolicyRegistry;
import java.time.Duration;

/**
 * The seeding-time models a scenario names in {@code behaviour.seeding}, registered like the
 * protocols' pickers and chokers so parameters bind and validate the same way.
 */
public final class SeedingModels {

    public static final PolicyRegistry<SeedingTime> REGISTRY = new PolicyRegistry<SeedingTime>("seeding model")
            .register("leave-at-once", new LeaveAtOnce.Params(), params -> new LeaveAtOnce())
            .register("exponential", new ExponentialSeeding.Params(Duration.ofMinutes(30)), ExponentialSeeding::new)
            .register("fixed", new FixedSeeding.Params(Duration.ofHours(1)), FixedSeeding::new)
            .register("lognormal", new LogNormalSeeding.Params(Duration.ofMinutes(30), 1.0), LogNormalSeeding::new)
            .register("trace", new TraceSeeding.Params(), params -> new TraceSeeding())
            .register("ratio", new RatioSeeding.Params(1.0, Duration.ofDays(30)), RatioSeeding::new)
            .register("economic", new EconomicSeeding.Params(Duration.ofMinutes(10), 1.0, 1.0, 0.1, Duration.ofDays(30)),
                    EconomicSeeding::new);

    private SeedingModels() {
    }
}
