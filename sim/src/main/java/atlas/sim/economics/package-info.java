/**
 * Token economics values: the USD price of BTT over simulated time ({@link atlas.sim.economics.TokenPrice}:
 * {@link atlas.sim.economics.ConstantPrice}, geometric Brownian motion {@link atlas.sim.economics.GbmPrice},
 * or a path through given points {@link atlas.sim.economics.PricePath}), and the distributions that
 * per-peer values such as holdings, value of time, costs and seeding thresholds are drawn from
 * ({@link atlas.sim.economics.Distribution}: constant, lognormal, Pareto, uniform, table). Every draw
 * takes exactly one uniform number by inversion, so that scenarios differing in one distribution keep
 * every other draw of the same stream (common random numbers).
 */
package atlas.sim.economics;
