package atlas.sim.net;

import atlas.sim.engine.Event;
import atlas.sim.engine.Timer;

/**
 * One direction of data on a connection, from one node to another. It is active while it has
 * bytes to send; its rate is set by the {@link BandwidthModel}.
 */
public final class Flow implements Event {
    final BandwidthModel model;
    final Node from;
    final Node to;
    final FlowListener listener;
    final Timer completion;
    /** Weight and rate: the model keeps them, while the flow is active, in {@link Node#outShare} too. */
    double weight = 1.0;
    double rate;
    /** Bytes of the current transfer still to send as of {@link #settledAt}. */
    double remaining;
    long size;
    long settledAt;
    boolean active;
    /** Slots in its uploader's and downloader's active flows, -1 while idle. */
    int outIndex = -1;
    int inIndex = -1;

    Flow(BandwidthModel model, Node from, Node to, FlowListener listener, int priority) {
        this.model = model;
        this.from = from;
        this.to = to;
        this.listener = listener;
        this.completion = model.engine.timer(this, priority);
    }

    public Node from() {
        return from;
    }

    public Node to() {
        return to;
    }

    /** Current rate, bytes per second (0 when idle). */
    public double rate() {
        return rate;
    }

    /** Whether a transfer is under way. */
    public boolean isActive() {
        return active;
    }

    @Override
    public void fire() {
        model.complete(this);
    }
}
