package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of {@link FastestUploadChoker}. Slots default to mainline's 4 (libtorrent's own
 * {@code unchoke_slots_limit} is 8) so that seed chokers compare on equal capacity.
 *
 * @param roundInterval time between rechoke rounds (10 s as mainline; libtorrent's {@code unchoke_interval} is 15 s)
 * @param slots upload slots, {@code max(1, slots / 5)} of them optimistic (4)
 * @param optimisticRounds rounds between optimistic rotations (3: libtorrent's 30 s
 *     {@code optimistic_unchoke_interval})
 */
public record FastestUploadChokerParams(Duration roundInterval, int slots, int optimisticRounds) {

    public static final FastestUploadChokerParams DEFAULTS =
            new FastestUploadChokerParams(Duration.ofSeconds(10), 4, 3);

    public FastestUploadChokerParams {
        ParamChecks.positive(roundInterval, "round-interval");
        ParamChecks.atLeast(slots, 1, "slots");
        ParamChecks.atLeast(optimisticRounds, 1, "optimistic-rounds");
    }
}
