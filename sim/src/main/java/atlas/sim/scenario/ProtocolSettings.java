package atlas.sim.scenario;

import atlas.protocols.piece.Endgame;
import java.util.Objects;

/**
 * The BitTorrent client every peer runs: piece picker, chokers (names from the protocols
 * registries) and request pipelining. YAML: {@code protocol: { picker: rarest-first, choker:
 * { leecher: mainline, seed: mainline-seed, slots: 4 }, block: 16 KiB, pipeline: 5, backlog: 4 s,
 * max-pipeline: 50, request-timeout: 60 s, endgame: mainline }}.
 *
 * @param uploadSlots      unchoked peers at a time (mainline's max_uploads)
 * @param pipelineDepth    requests kept outstanding per connection at least
 * @param backlogMicros    the sender's current rate, in time, kept requested beyond that
 * @param maxPipelineDepth requests kept outstanding per connection at most
 * @param endgame          how blocks already requested elsewhere are asked for at the end
 */
public record ProtocolSettings(PolicyChoice picker, PolicyChoice leecherChoker, PolicyChoice seedChoker,
        int uploadSlots, int blockBytes, int pipelineDepth, long backlogMicros, int maxPipelineDepth,
        long requestTimeoutMicros, Endgame endgame) {

    public ProtocolSettings {
        Objects.requireNonNull(picker, "picker");
        Objects.requireNonNull(leecherChoker, "leecherChoker");
        Objects.requireNonNull(seedChoker, "seedChoker");
        Objects.requireNonNull(endgame, "endgame");
    }
}
