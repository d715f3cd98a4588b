/**
 * Validation of the simulator against results known independently of it ({@code atlas
 * validate-model}): conservation of bytes and of BTT and TRX, Kumar and Ross's minimum
 * distribution time, Qiu and Srikant's fluid model and Hajek and Zhu's missing-piece syndrome. The models are small pure
 * classes ({@link atlas.sim.validation.KumarRossBound}, {@link atlas.sim.validation.FluidModel},
 * {@link atlas.sim.validation.MissingPieceModel}); each family of checks plans its runs from the
 * scenarios in {@code scenarios/validation/} and turns their results into {@link
 * atlas.sim.validation.Check}s, each a simulated value, a reference value and the documented
 * tolerance that decides its verdict.
 */
package atlas.sim.validation;
