/**
 * How simulated peers behave outside the protocol: how long a peer keeps seeding after it
 * completes ({@link atlas.sim.behaviour.SeedingTime}), chosen by name from
 * {@link atlas.sim.behaviour.SeedingModels#REGISTRY} in a scenario's {@code behaviour.seeding}.
 */
package atlas.sim.behaviour;
