/**
 * Transfer-rate measurement on caller-supplied time: {@link atlas.protocols.rate.RateMeter}, a
 * rolling-window bytes-per-second estimate small enough to keep two per connection.
 */
package atlas.protocols.rate;
