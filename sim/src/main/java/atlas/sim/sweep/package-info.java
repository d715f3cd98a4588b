/**
 * Parameter sweeps: a sweep file names a base scenario, parameters by their scenario key path, a
 * design (grid, random, Latin hypercube, Sobol), replicates and a master seed
 * ({@link atlas.sim.sweep.SweepLoader} reads it strictly into a {@link atlas.sim.sweep.SweepPlan}
 * of runs with stable ids and seeds); {@link atlas.sim.sweep.SweepRunner} runs a plan, or one
 * {@link atlas.sim.sweep.Shard} of it, on several threads, resumably, into one directory per run;
 * {@link atlas.sim.sweep.SweepTables} turns the runs' summaries into {@code runs.csv} and
 * {@code points.csv}, and {@link atlas.sim.sweep.SweepMerge} does so for the shards of one sweep.
 * Tables depend only on the run directories, so any number of threads or shards gives the same
 * bytes.
 */
package atlas.sim.sweep;
