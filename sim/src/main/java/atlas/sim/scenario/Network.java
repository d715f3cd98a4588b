package atlas.sim.scenario;

import java.util.List;
import java.util.Objects;

/** Latency between peers and the capacity classes arriving peers are drawn from. */
public record Network(LatencyModel latency, List<PeerClass> classes) {

    public Network {
        Objects.requireNonNull(latency, "latency");
        classes = List.copyOf(classes);
    }
}
