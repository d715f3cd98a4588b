package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of the seed {@link BidChoker}: {@link MainlineSeedChokerParams}' plus the paid slots.
 *
 * @param roundInterval time between rechoke rounds (10 s)
 * @param slots upload slots in all, paid ones included (4)
 * @param paidSlots of the slots, how many go to the highest bidders (2, an <i>assumption</i>); at
 *     most what the seed choker keeps in a rotating round, {@code slots} less its most forced
 *     new unchokes, so that a winner is never rotated out
 */
public record BidSeedChokerParams(Duration roundInterval, int slots, int paidSlots) {

    public static final BidSeedChokerParams DEFAULTS = new BidSeedChokerParams(Duration.ofSeconds(10), 4, 2);

    public BidSeedChokerParams {
        new MainlineSeedChokerParams(roundInterval, slots);
        ParamChecks.atLeast(paidSlots, 0, "paid-slots");
        int most = slots - mostForcedUnchokes(slots);
        if (paidSlots > most) {
            throw new IllegalArgumentException("paid-slots must be at most " + most + " with " + slots
                    + " slots, leaving room for the seed rotation, got " + paidSlots);
        }
    }

    /** Most new unchokes {@link MainlineSeedChoker} forces in one round: {@code (u + 2) / 3}, {@code u = (slots + 2) / 3}. */
    private static int mostForcedUnchokes(int slots) {
        return ((slots + 2) / 3 + 2) / 3;
    }

    MainlineSeedChokerParams inner() {
        return new MainlineSeedChokerParams(roundInterval, slots);
    }
}
