package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of {@link PropShareChoker}.
 *
 * @param roundInterval time between rounds, over which contributions are counted (10 s)
 * @param slots most interested peers unchoked at once (4, as mainline, so that policies compare
 *     on equal fan-out)
 * @param optimisticShare fraction of upload given to optimistic unchokes while there are
 *     contributors to reward (0.2, Levin et al.'s value as we read it; verify against the paper)
 * @param optimisticRounds rounds between optimistic rotations (3)
 */
public record PropShareChokerParams(Duration roundInterval, int slots, double optimisticShare,
        int optimisticRounds) {

    public static final PropShareChokerParams DEFAULTS =
            new PropShareChokerParams(Duration.ofSeconds(10), 4, 0.2, 3);

    public PropShareChokerParams {
        ParamChecks.positive(roundInterval, "round-interval");
        ParamChecks.atLeast(slots, 1, "slots");
        ParamChecks.fraction(optimisticShare, "optimistic-share");
        ParamChecks.atLeast(optimisticRounds, 1, "optimistic-rounds");
    }
}
