package atlas.sim.swarm;

/**
 * Everything drawn for a peer when it arrives, before it takes part: its class and capacities
 * (bytes per second) and how long it will stay. Drawn from streams that no policy touches, so a
 * policy change leaves every peer's draw unchanged.
 *
 * @param seedingTime microseconds it seeds after completing; {@code Long.MAX_VALUE} for ever
 * @param abortAfter microseconds after arrival at which it gives up unless complete; {@code Long.MAX_VALUE} for never
 * @param stopUploadBytes once complete, it leaves as soon as it has uploaded this much payload;
 *     {@code Long.MAX_VALUE} for no such limit
 * @param seedingThreshold its threshold for a reviewing seeding model ({@link atlas.sim.behaviour.SeedingReview});
 *     NaN under other models
 */
record PeerSpec(int id, String peerClass, boolean initialSeed, double upload, double download,
                long seedingTime, long abortAfter, long stopUploadBytes, double seedingThreshold) {
    /** A time that never comes. */
    static final long NEVER = Long.MAX_VALUE;
}
