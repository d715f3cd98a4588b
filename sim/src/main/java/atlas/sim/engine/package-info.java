/**
 * The discrete-event engine: integer virtual time in microseconds, reusable timers in an indexed
 * heap with a total ordering rule, and the run's independent random streams. Nothing here knows
 * of BitTorrent.
 */
package atlas.sim.engine;
