package atlas.sim.scenario;

/**
 * The tracker and connection limits (mainline defaults: 50 peers per announce, re-announce
 * below 20 connections and every 30 min, at most 80 connections).
 */
public record TrackerSettings(int peersPerAnnounce, int reannounceBelow, long announceIntervalMicros,
        int maxConnections) {
}
