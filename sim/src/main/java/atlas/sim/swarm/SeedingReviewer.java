package atlas.sim.swarm;

import atlas.protocols.bid.BttAmount;
import atlas.sim.behaviour.SeedingReview;
import atlas.sim.economics.TokenPrice;
import atlas.sim.engine.Event;
import atlas.sim.engine.Timer;
import atlas.sim.scenario.IncentivesSettings;

/**
 * Takes a completed peer's periodic seeding decision under a reviewing seeding model: values what
 * it earned since the last decision at the token's current price, sets it against its costs over
 * the same period, and sends it away at the first period that does not pay enough for it. One per
 * reviewed seeder, created when it completes.
 */
final class SeedingReviewer implements Event {

    private static final double MICROS_PER_HOUR = 3_600_000_000.0;
    private static final double BYTES_PER_GIB = 1L << 30;

    private final Peer peer;
    private final SeedingReview review;
    private final TokenPrice price;
    private final IncentivesSettings.Costs costs;
    private final Timer timer;
    private long earnedBefore;
    private long uploadedBefore;

    SeedingReviewer(Peer peer, SeedingReview review, TokenPrice price, IncentivesSettings.Costs costs) {
        this.peer = peer;
        this.review = review;
        this.price = price;
        this.costs = costs;
        this.timer = peer.swarm.engine.timer(this, Swarm.PRIORITY_LIFECYCLE);
        this.earnedBefore = earned();
        this.uploadedBefore = peer.bytesUp;
        timer.scheduleIn(review.periodMicros());
    }

    void cancel() {
        timer.cancel();
    }

    @Override
    public void fire() {
        long now = peer.swarm.engine.now();
        double hours = review.periodMicros() / MICROS_PER_HOUR;
        long earned = earned();
        double earnings = (earned - earnedBefore) / (double) BttAmount.UNITS_PER_BTT * price.usdPerBtt(now) / hours;
        double spent = costs.onlineUsdPerHour()
                + (peer.bytesUp - uploadedBefore) / BYTES_PER_GIB * costs.uploadUsdPerGiB() / hours;
        earnedBefore = earned;
        uploadedBefore = peer.bytesUp;
        if (SeedingReview.keepsSeeding(earnings, spent, peer.seedingThreshold)) {
            timer.scheduleIn(review.periodMicros());
        } else {
            peer.departureTimer.schedule(now);
        }
    }

    private long earned() {
        return peer.wallet == null ? 0 : peer.wallet.earned;
    }
}
