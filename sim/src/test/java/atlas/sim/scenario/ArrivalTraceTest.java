package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards that arrival traces are read exactly and that a bad trace is rejected at load time, row by row. */
class ArrivalTraceTest {

    @TempDir
    Path directory;

    private List<ScenarioProblem> problems(String csv) throws IOException {
        Path file = directory.resolve("trace.csv");
        Files.writeString(file, csv);
        return assertThrows(ScenarioException.class, () -> ArrivalTrace.read(file)).problems();
    }

    @Test
    void readsEveryColumnAndSkipsCommentsAndBlankLines() throws ScenarioException, URISyntaxException {
        ArrivalTrace trace = ArrivalTrace.read(ScenarioProblemsTest.resource("arrivals.csv"));
        assertTrue(trace.hasSeedingColumn());
        assertEquals(List.of(
                new ArrivalTrace.Arrival(0, "dsl", Double.NaN, Double.NaN, 600_000_000L),
                new ArrivalTrace.Arrival(1_500_000, "cable", 250_000, 2_500_000, 0),
                new ArrivalTrace.Arrival(90_000_000, null, Double.NaN, Double.NaN, 3_600_000_000L),
                new ArrivalTrace.Arrival(120_000_000, "dsl", Double.NaN, Double.NaN, 30_000_000),
                new ArrivalTrace.Arrival(120_000_000, "cable", Double.NaN, Double.NaN, 300_000_000)), trace.arrivals());
    }

    @Test
    void scenarioWithTraceResolvesThePathNextToTheScenario() throws ScenarioException, URISyntaxException {
        Path scenarioFile = ScenarioProblemsTest.resource("trace-scenario.yaml");
        Scenario scenario = ScenarioLoader.load(scenarioFile, TestScenarios.registries());
        assertEquals(new Arrivals.Trace(scenarioFile.getParent().resolve("arrivals.csv")), scenario.arrivals());
        assertEquals("trace", scenario.behaviour().seeding().name());
    }

    @Test
    void badRowsAreReportedWithTheTraceFileLineAndColumn() throws URISyntaxException {
        Path scenarioFile = ScenarioProblemsTest.resource("bad-trace-scenario.yaml");
        List<ScenarioProblem> problems = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(scenarioFile, TestScenarios.registries())).problems();
        String trace = scenarioFile.getParent().resolve("bad-arrivals.csv").toString();
        assertEquals(List.of(trace + ":2: upload", trace + ":3: class", trace + ":4: time"),
                problems.stream().map(p -> p.file() + ":" + p.line() + ": " + p.keyPath()).toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("did you mean 'Mbit/s'?"), problems.toString());
        assertTrue(problems.get(1).message().contains("unknown class 'dls' (did you mean 'dsl'?)"), problems.toString());
        assertTrue(problems.get(2).message().contains("must not decrease"), problems.toString());
    }

    @Test
    void missingTraceIsReportedAtTheScenarioKey() {
        List<ScenarioProblem> problems = TestScenarios.problems(TestScenarios.MINIMAL.replace(
                "{ flash-crowd: { peers: 10 } }", "{ trace: { file: nowhere.csv } }"));
        ScenarioProblem problem = TestScenarios.at(problems, "arrivals.trace.file");
        assertEquals(6, problem.line());
        assertTrue(problem.message().contains("arrival trace file not found"), problem.toString());
    }

    @Test
    void headerMustNameKnownColumnsIncludingTime() throws IOException {
        List<ScenarioProblem> problems = problems("tme,clas,upload\n1,dsl,1 Mbit/s\n");
        assertEquals(List.of("tme", "clas", "", ""), problems.stream().map(ScenarioProblem::keyPath).toList(),
                problems.toString());
        assertTrue(problems.get(0).message().contains("did you mean 'time'?"), problems.toString());
        assertTrue(problems.get(2).message().contains("no 'time' column"), problems.toString());
        assertTrue(problems.get(3).message().contains("upload and download columns together"), problems.toString());
    }

    @Test
    void rowsNeedTheHeadersFieldCountATimeAndPositiveRates() throws IOException {
        List<ScenarioProblem> problems = problems("time,upload,download\n1,2 Mbit/s\n,1 Mbit/s,1 Mbit/s\n"
                + "3,0 Mbit/s,1 Mbit/s\n4,1 Mbit/s,\n-1 s,,\n");
        assertEquals(List.of(2, 3, 4, 5, 6), problems.stream().map(ScenarioProblem::line).toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("expected 3 comma-separated fields"), problems.toString());
        assertTrue(problems.get(1).message().contains("every row needs a time"), problems.toString());
        assertTrue(problems.get(2).message().contains("greater than 0"), problems.toString());
        assertTrue(problems.get(3).message().contains("together"), problems.toString());
        assertTrue(problems.get(4).message().contains("0 or more"), problems.toString());
        assertEquals(5, problems.size(), "an invalid rate is not also reported as a missing one");
    }

    @Test
    void emptyTraceAndManyProblemsAreSummarised() throws IOException {
        assertTrue(problems("# nothing\n\n").get(0).message().contains("empty"));
        assertTrue(problems("time\n").get(0).message().contains("no arrivals"));
        List<ScenarioProblem> many = problems("time\n" + "x\n".repeat(30));
        assertEquals(21, many.size());
        assertTrue(many.get(20).message().startsWith("10 more problems"), many.get(20).toString());
        assertEquals(22, many.get(20).line(), "the summary sits where the unlisted problems start");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException, ScenarioException {
        Path file = Files.writeString(directory.resolve("bom.csv"), "\uFEFFtime,class\n0,dsl\n");
        assertEquals(List.of(new ArrivalTrace.Arrival(0, "dsl", Double.NaN, Double.NaN, -1)),
                ArrivalTrace.read(file).arrivals());
    }

    @Test
    void aTraceThatIsNotUtf8IsReportedAtTheLineOfTheFirstBadByte() throws IOException {
        Path file = Files.write(directory.resolve("latin1.csv"),
                "time,class\n0,dsl\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        List<ScenarioProblem> problems = assertThrows(ScenarioException.class, () -> ArrivalTrace.read(file)).problems();
        assertEquals(List.of(new ScenarioProblem(file.toString(), 3, "",
                "the file is not UTF-8 text: byte 6 of this line (0xE9) is not UTF-8; save the file as UTF-8")), problems);
    }
}
