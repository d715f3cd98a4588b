package atlas.sim.scenario;

import java.util.Objects;

/**
 * A class of arriving peers (dsl, cable, fibre, ...): the fraction of arrivals in it and the
 * distributions their upload and download capacities are drawn from.
 */
public record PeerClass(String name, double share, RateDistribution upload, RateDistribution download) {

    public PeerClass {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(download, "download");
    }
}
