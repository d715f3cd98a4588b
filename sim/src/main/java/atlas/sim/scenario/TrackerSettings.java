package atlas.sim.scenario;

/**
 * The tracker and connection limits (mainline defaults: 50 peers per announce, re-announce
 * below 20 connections and every 30 min, at most 80 connections), and when a useless connection
 * is dropped.
 *
 * @param idleTimeoutMicros a connection on which neither peer has been interested this long is
 *     closed (libtorrent's {@code inactivity_timeout}, 10 min), so that a peer whose neighbours
 *     have nothing for it makes room for others (it announces again below
 *     {@code reannounceBelow}, else at its next regular announce); 0 keeps every connection
 */
public record TrackerSettings(int peersPerAnnounce, int reannounceBelow, long announceIntervalMicros,
        int maxConnections, long idleTimeoutMicros) {
}
