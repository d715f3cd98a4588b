package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of {@link MainlineChoker}; defaults are mainline 4.x's (reference facts).
 *
 * @param roundInterval time between rechoke rounds (10 s)
 * @param slots upload slots: {@code slots - 1} regular plus at least one optimistic (4)
 * @param optimisticRounds rounds between optimistic-unchoke rotations (3, i.e. 30 s)
 * @param snubTimeout a peer that sent no block for longer is snubbed (60 s)
 * @param newPeerWeight how many times likelier a new peer is to be the optimistic pick (3)
 * @param newPeerAge a peer connected less than this long ago counts as new (30 s)
 */
public record MainlineChokerParams(Duration roundInterval, int slots, int optimisticRounds,
        Duration snubTimeout, int newPeerWeight, Duration newPeerAge) {

    public static final MainlineChokerParams DEFAULTS = new MainlineChokerParams(
            Duration.ofSeconds(10), 4, 3, Duration.ofSeconds(60), 3, Duration.ofSeconds(30));

    public MainlineChokerParams {
        ParamChecks.positive(roundInterval, "round-interval");
        ParamChecks.atLeast(slots, 1, "slots");
        ParamChecks.atLeast(optimisticRounds, 1, "optimistic-rounds");
        ParamChecks.positive(snubTimeout, "snub-timeout");
        ParamChecks.atLeast(newPeerWeight, 1, "new-peer-weight");
        ParamChecks.notNegative(newPeerAge, "new-peer-age");
    }
}
