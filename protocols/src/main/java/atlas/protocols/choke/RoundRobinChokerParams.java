package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of {@link RoundRobinChoker}.
 *
 * @param roundInterval time between rechoke rounds (10 s)
 * @param slots upload slots, all regular (4)
 * @param quotaBytes bytes a peer must receive in its turn before it makes way (5 MiB: libtorrent's
 *     {@code seeding_piece_quota} of 20 pieces, at 256 KiB pieces)
 * @param minTurn the least time a peer keeps its turn (60 s, libtorrent's one minute)
 */
public record RoundRobinChokerParams(Duration roundInterval, int slots, long quotaBytes,
        Duration minTurn) {

    public static final RoundRobinChokerParams DEFAULTS =
            new RoundRobinChokerParams(Duration.ofSeconds(10), 4, 20L * 256 * 1024, Duration.ofSeconds(60));

    public RoundRobinChokerParams {
        ParamChecks.positive(roundInterval, "round-interval");
        ParamChecks.atLeast(slots, 1, "slots");
        ParamChecks.atLeast(quotaBytes, 0, "quota-bytes");
        ParamChecks.notNegative(minTurn, "min-turn");
    }
}
