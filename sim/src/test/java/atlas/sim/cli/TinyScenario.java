package atlas.sim.cli;

/**
 * Scenario text of a small, fast swarm for command-line tests: DSL and cable peers, one 10 Mbit/s
 * seed; and a sweep of it.
 */
final class TinyScenario {

    private TinyScenario() {
    }

    /**
     * A flash crowd of {@code peers} fetching 1 MiB in pieces of {@code piece}, with
     * {@code moreLines} (whole top-level YAML lines, each ending in a newline) appended.
     */
    static String yaml(String name, String piece, int peers, String moreLines) {
        return """
                name: %s
                content: { size: 1 MiB, piece: %s }
                network:
                  latency: { constant: 20 ms }
                  classes:
                    - { name: dsl, share: 0.5, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: cable, share: 0.5, upload: 5 Mbit/s, download: 50 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: %d } }
                """.formatted(name, piece, peers) + moreLines;
    }

    /**
     * A grid sweep of {@code base.yaml} beside it (write {@link #yaml} there) over two pickers and
     * two upload rates, four points, on master seed 5.
     */
    static String sweep(int replicates) {
        return """
                name: small
                base: base.yaml
                replicates: %d
                seed: 5
                parameters:
                  protocol.picker: [rarest-first, random]
                  network.classes.0.upload: { range: [1 Mbit/s, 4 Mbit/s], steps: 2, scale: log }
                """.formatted(replicates);
    }
}
