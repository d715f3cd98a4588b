package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of {@link AntiLeechChoker}; same meaning and defaults as
 * {@link FastestUploadChokerParams}.
 *
 * @param roundInterval time between rechoke rounds (10 s)
 * @param slots upload slots, {@code max(1, slots / 5)} of them optimistic (4)
 * @param optimisticRounds rounds between optimistic rotations (3)
 */
public record AntiLeechChokerParams(Duration roundInterval, int slots, int optimisticRounds) {

    public static final AntiLeechChokerParams DEFAULTS = new AntiLeechChokerParams(Duration.ofSeconds(10), 4, 3);

    public AntiLeechChokerParams {
        ParamChecks.positive(roundInterval, "round-interval");
        ParamChecks.atLeast(slots, 1, "slots");
        ParamChecks.atLeast(optimisticRounds, 1, "optimistic-rounds");
    }
}
