package atlas.sim.scenario;

/**
 * A value written into a scenario at a key path before the scenario is validated, as a sweep does
 * for each of its points: the scenario is then checked exactly as if the value had been written
 * in it, and a problem with the value is reported where the value comes from (the sweep file, its
 * line and the parameter) rather than in the scenario file.
 *
 * @param parameter the key path, dot-separated, with list items by index:
 *     {@code protocol.picker}, {@code network.classes.0.upload}, {@code arrivals.flash-crowd.peers}
 * @param value the value, with the lines of the file it comes from
 * @param file the file that names the value, for problems
 * @param line the line of the parameter in that file, for problems about the path itself
 */
public record ScenarioOverride(String parameter, YamlNode value, String file, int line) {
}
