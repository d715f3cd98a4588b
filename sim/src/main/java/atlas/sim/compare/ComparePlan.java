package atlas.sim.compare;

import atlas.sim.scenario.Scenario;
import atlas.sim.scenario.ScenarioException;
import atlas.sim.scenario.ScenarioLoader;
import atlas.sim.scenario.ScenarioProblem;
import atlas.sim.sweep.SweepPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A comparison as a sweep: one point per scenario (the parameter {@value #PARAMETER}, whose value
 * is the policy's name), {@code replicates} runs each, replicate r on the same seed everywhere.
 * Being a sweep, it runs in parallel, resumes, and writes runs.csv and points.csv like any other.
 */
public final class ComparePlan {

    /** The sweep parameter naming each point's policy. */
    public static final String PARAMETER = "policy";

    private ComparePlan() {
    }

    /**
     * The plan comparing {@code scenarioFiles}, the first being the baseline. Policies are named
     * after their scenarios ({@code name:}), or after their files where two scenarios share a name,
     * or after their directories where the files share a name too.
     *
     * @throws ScenarioException with every problem of every file, or if two policies would share a name
     */
    public static SweepPlan of(List<Path> scenarioFiles, int replicates, long seed) throws ScenarioException {
        if (scenarioFiles.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two scenarios, not " + scenarioFiles.size());
        }
        if (replicates < 2) {
            throw new IllegalArgumentException("a paired comparison needs at least 2 replicates, not " + replicates);
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Path file : scenarioFiles) {
            try {
                scenarios.add(ScenarioLoader.load(file));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<String> names = policyNames(scenarioFiles, scenarios);
        List<List<String>> values = names.stream().map(List::of).toList();
        StringBuilder source = new StringBuilder("# atlas compare: policies and the scenario files they ran\n");
        source.append("replicates: ").append(replicates).append('\n').append("seed: ").append(seed).append('\n')
                .append("policies:\n");
        for (int i = 0; i < names.size(); i++) {
            source.append("  - { name: ").append(names.get(i)).append(", scenario: '")
                    .append(scenarioFiles.get(i).toString().replace("'", "''")).append("' }\n");
        }
        return SweepPlan.of("compare-" + String.join("-", names), List.of(PARAMETER), values, scenarios, replicates,
                seed, source.toString());
    }

    /**
     * The scenarios' names if they differ, else their files' names, else their directories' (two
     * sweep runs' {@code runs/<run id>/scenario.resolved.yaml} are named by run id).
     */
    private static List<String> policyNames(List<Path> files, List<Scenario> scenarios) throws ScenarioException {
        List<String> byScenario = scenarios.stream().map(Scenario::name).toList();
        List<String> byFile = files.stream().map(f -> f.getFileName().toString().replaceFirst("\\.ya?ml$", "")).toList();
        List<String> byDirectory = files.stream().map(ComparePlan::directoryName).toList();
        for (List<String> names : List.of(byScenario, byFile, byDirectory)) {
            if (Set.copyOf(names).size() == names.size()) {
                return names;
            }
        }
        Set<String> seen = new HashSet<>();
        int twin = 0;
        while (seen.add(byDirectory.get(twin))) {
            twin++;
        }
        throw new ScenarioException(List.of(new ScenarioProblem(files.get(twin).toString(), 0, "name",
                "two compared scenarios share their name ('" + byScenario.get(twin) + "'), and two their file's and "
                        + "their directory's names; give each its own name:")));
    }

    private static String directoryName(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
