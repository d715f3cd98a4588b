/**
 * The {@code atlas} command line (picocli): {@link atlas.sim.cli.Main#run} parses the arguments,
 * each command only reads its options and delegates, {@link atlas.sim.cli.ExitCodes} maps every
 * outcome to an exit code in one place, and {@link atlas.sim.cli.ProgressDisplay} shows a run's
 * progress. Follows jreleaser's {@code cli/Main.java}: testable without {@code System.exit}.
 */
package atlas.sim.cli;
