package atlas.protocols.choke;

import java.time.Duration;

/**
 * Parameters of the leecher {@link BidChoker}: {@link MainlineChokerParams}' (same names, same
 * defaults) plus the paid slots.
 *
 * @param roundInterval time between rechoke rounds (10 s)
 * @param slots upload slots in all, paid ones included (4)
 * @param paidSlots of the slots, how many go to the highest bidders (2, an <i>assumption</i>: BitTorrent
 *     Speed did not publish how its uploader ranks bidders); at most {@code slots - 1}, so that
 *     the optimistic unchoke survives
 * @param optimisticRounds rounds between optimistic-unchoke rotations (3)
 * @param snubTimeout a peer that sent no block for longer is snubbed (60 s)
 * @param newPeerWeight how many times likelier a new peer is to be the optimistic pick (3)
 * @param newPeerAge a peer connected less than this long ago counts as new (30 s)
 */
public record BidChokerParams(Duration roundInterval, int slots, int paidSlots, int optimisticRounds,
        Duration snubTimeout, int newPeerWeight, Duration newPeerAge) {

    public static final BidChokerParams DEFAULTS = new BidChokerParams(Duration.ofSeconds(10), 4, 2, 3,
            Duration.ofSeconds(60), 3, Duration.ofSeconds(30));

    public BidChokerParams {
        // Validates the shared parameters with mainline's own messages.
        new MainlineChokerParams(roundInterval, slots, optimisticRounds, snubTimeout, newPeerWeight, newPeerAge);
        ParamChecks.atLeast(paidSlots, 0, "paid-slots");
        if (paidSlots > slots - 1) {
            throw new IllegalArgumentException("paid-slots must be at most slots - 1 = " + (slots - 1)
                    + ", leaving the optimistic unchoke, got " + paidSlots);
        }
    }

    /** The inner choker's parameters: all the slots, for they are all its own when nobody bids. */
    MainlineChokerParams inner() {
        return new MainlineChokerParams(roundInterval, slots, optimisticRounds, snubTimeout, newPeerWeight, newPeerAge);
    }
}
