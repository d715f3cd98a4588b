package atlas.sim.scenario;

import java.util.List;
import java.util.Objects;

/** Latency between peers and the capacity classes arriving peers are drawn from. */
public record Network(LatencyModel latency, List<PeerClass> classes) {

    /** The class initial seeds are reported under (peers.csv, earnings by class): no network class may take it. */
    public static final String SEED_CLASS = "seed";

    public Network {
        Objects.requireNonNull(latency, "latency");
        classes = List.copyOf(classes);
    }
}
