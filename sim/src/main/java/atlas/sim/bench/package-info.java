/** The speed and memory benchmark behind {@code atlas bench}. */
package atlas.sim.bench;
