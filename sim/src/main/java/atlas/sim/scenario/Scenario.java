package atlas.sim.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One run's complete, validated description, with every default filled in: what is shared
 * ({@link Content}), who takes part ({@link Network}, {@link SeedGroup}s, {@link Arrivals}), how
 * peers behave ({@link ProtocolSettings}, {@link TrackerSettings}, {@link Behaviour}), the chain
 * that carries their payments ({@link ChainSettings}), the token economy if any
 * ({@link IncentivesSettings}) and when the run ends. Built by {@link ScenarioLoader}, written back by {@link ScenarioWriter}. Internal units:
 * bytes, bytes per second, microseconds, events per second.
 *
 * @param sampleIntervalMicros time between two rows of the time series
 * @param incentives the token economy; null for none (the plain protocol, no chain activity)
 */
public record Scenario(String name, long seed, Until until, long sampleIntervalMicros, Content content,
        Network network, List<SeedGroup> seeds, Arrivals arrivals, ProtocolSettings protocol,
        TrackerSettings tracker, Behaviour behaviour, ChainSettings chain, IncentivesSettings incentives) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(network, "network");
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(arrivals, "arrivals");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(chain, "chain");
    }

    /** A scenario without a token economy. */
    public Scenario(String name, long seed, Until until, long sampleIntervalMicros, Content content, Network network,
            List<SeedGroup> seeds, Arrivals arrivals, ProtocolSettings protocol, TrackerSettings tracker,
            Behaviour behaviour, ChainSettings chain) {
        this(name, seed, until, sampleIntervalMicros, content, network, seeds, arrivals, protocol, tracker, behaviour,
                chain, null);
    }

    /** The same scenario run with another seed (the command line's {@code --seed}). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, newSeed, until, sampleIntervalMicros, content, network, seeds, arrivals,
                protocol, tracker, behaviour, chain, incentives);
    }

    /** Simulated time at which the run stops at the latest. */
    public long endMicros() {
        return until instanceof Until.Duration d ? d.micros() : ((Until.AllComplete) until).limitMicros();
    }

    /**
     * A warning for a run meant to end when every peer has completed whose peers never stop
     * arriving, so that only its limit (30 days unless set) ends it; null otherwise.
     *
     * @throws ScenarioException if a trace's file no longer reads
     */
    public String endlessArrivalsWarning() throws ScenarioException {
        if (!(until instanceof Until.AllComplete all) || arrivals.stopBefore(all.limitMicros())) {
            return null;
        }
        return String.format(Locale.ROOT, "warning: %s: until is all-complete, but peers arrive until its limit of %.0f h "
                + "(about %.0f of them), so only the limit ends the run: give until a time (until: 6 h), or bound the "
                + "arrivals (max-peers, until)", name, all.limitMicros() / 3.6e9, arrivals.expectedBefore(all.limitMicros()));
    }
}
