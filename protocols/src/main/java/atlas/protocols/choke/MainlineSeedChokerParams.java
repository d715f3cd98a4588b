package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of {@link MainlineSeedChoker}; defaults are mainline 4.x's.
 *
 * @param roundInterval time between rechoke rounds (10 s)
 * @param slots upload slots (4); about {@code (slots + 2) / 3} new peers are forced in per three
 *     rounds
 */
public record MainlineSeedChokerParams(Duration roundInterval, int slots) {

    public static final MainlineSeedChokerParams DEFAULTS = new MainlineSeedChokerParams(Duration.ofSeconds(10), 4);

    public MainlineSeedChokerParams {
        ParamChecks.positive(roundInterval, "round-interval");
        ParamChecks.atLeast(slots, 1, "slots");
    }
}
