/**
 * The network model: access links with upload and download capacities, flows that share them
 * (see {@link atlas.sim.net.BandwidthModel} for the sharing rule), and link latencies.
 */
package atlas.sim.net;
