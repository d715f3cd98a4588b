package atlas.sim.net;

/** Told when a flow has finished sending the bytes it was given. */
@FunctionalInterface
public interface FlowListener {
    /**
     * The last byte of the current transfer left the sender now. Calling
     * {@link BandwidthModel#send} on the same flow from here continues it without a pause.
     */
    void onSent(Flow flow, long bytes);
}
