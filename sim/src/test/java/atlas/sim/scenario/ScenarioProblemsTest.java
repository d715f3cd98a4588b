package atlas.sim.scenario;

import static atlas.sim.scenario.TestScenarios.MINIMAL;
import static atlas.sim.scenario.TestScenarios.at;
import static atlas.sim.scenario.TestScenarios.problems;
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

/**
 * Guards the loader's promise for bad input: every problem of a file is reported, each naming
 * file, line and key path and saying what is valid; nothing misspelt falls back on a default.
 */
class ScenarioProblemsTest {

    private static void assertProblem(ScenarioProblem problem, int line, String... fragments) {
        assertEquals("inline.yaml", problem.file(), problem.toString());
        TestScenarios.assertProblem(problem, line, fragments);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ScenarioProblemsTest.class.getResource("/scenarios/" + name).toURI());
    }

    @Test
    void missingFileIsOneProblemNamingTheFile() {
        Path missing = Path.of("no", "such", "scenario.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertEquals(List.of(new ScenarioProblem(missing.toString(), 0, "", "file not found")), e.problems());
    }

    @Test
    void syntaxErrorNamesItsLine() {
        List<ScenarioProblem> problems = problems("""
                name: x
                content: { size: 1 MiB
                network: 3
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertProblem(problems.get(0), 3, "YAML syntax error", "expected ',' or '}'",
                "in the flow mapping started on line 2");
    }

    @Test
    void theInitialSeedsClassNameIsReserved() {
        List<ScenarioProblem> problems = problems(MINIMAL.replace("name: dsl", "name: seed"));
        assertProblem(at(problems, "network.classes[0].name"), 4, "'seed' is reserved for the initial seeds");
    }

    @Test
    void emptyFileAndSecondDocumentAreProblems() {
        assertTrue(problems("").get(0).message().contains("empty"));
        List<ScenarioProblem> twoDocuments = problems(MINIMAL + "---\nname: other\n");
        assertTrue(twoDocuments.get(0).message().contains("second YAML document"), twoDocuments.toString());
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() {
        List<ScenarioProblem> problems = problems(MINIMAL.replace("download: 8 Mbit/s", "downlaod: 8 Mbit/s")
                + "sample-intervall: 1 s\n");
        assertProblem(at(problems, "sample-intervall"), 7, "unknown key 'sample-intervall'",
                "did you mean 'sample-interval'?", "valid keys here:");
        assertProblem(at(problems, "network.classes[0].downlaod"), 4, "did you mean 'download'?");
        assertProblem(at(problems, "network.classes[0]"), 4, "missing key 'download'");
    }

    @Test
    void aliasesAreRejectedRatherThanReadAsText() {
        List<ScenarioProblem> problems = problems(MINIMAL.replace("upload: 1 Mbit/s, download: 8 Mbit/s",
                "upload: &rate 1 Mbit/s, download: *rate"));
        assertProblem(at(problems, "network.classes[0].download"), 4, "aliases (*rate) are not supported");
    }

    @Test
    void duplicateKeyIsAProblem() {
        List<ScenarioProblem> problems = problems(MINIMAL + "seed: 1\nseed: 2\ntracker: { max-connections: 0 }\n");
        assertProblem(at(problems, "seed"), 8, "duplicate key 'seed' (first on line 7)");
        assertProblem(at(problems, "tracker.max-connections"), 9, "from 1 to", "not 0");
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        List<ScenarioProblem> problems = problems("""
                seed: abc
                content: [ 100 MiB ]
                network: { classes: dsl }
                seeds: [ { count: 1.5, upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: many } }
                """);
        assertProblem(at(problems, "seed"), 1, "expected a whole number, found 'abc'");
        assertProblem(at(problems, "content"), 2, "expected a map with keys size, piece, found a list");
        assertProblem(at(problems, "network.classes"), 3, "expected a non-empty list of peer classes");
        assertProblem(at(problems, "seeds[0].count"), 4, "expected a whole number, found the number 1.5");
        assertProblem(at(problems, "arrivals.flash-crowd.peers"), 5, "expected a whole number");
        assertEquals(5, problems.size(), problems.toString());
        List<ScenarioProblem> share = problems(MINIMAL.replace("share: 1", "share: .inf"));
        assertProblem(at(share, "network.classes[0].share"), 4, "must be a number > 0 and <= 1");
    }

    @Test
    void zeroAndNegativeQuantitiesAreRejected() {
        List<ScenarioProblem> problems = problems("""
                content: { size: 0 B, piece: -256 KiB }
                network:
                  classes:
                    - { name: dsl, share: 1, upload: 0 Mbit/s, download: -8 Mbit/s }
                seeds: [ { upload: 10 Mbit/s, leaves: 0 s } ]
                arrivals: { poisson: { rate: 0 /min } }
                behaviour: { abort: -1 /h }
                """);
        assertProblem(at(problems, "content.size"), 1, "greater than 0");
        assertProblem(at(problems, "content.piece"), 1, "greater than 0");
        assertProblem(at(problems, "network.classes[0].upload"), 4, "greater than 0");
        assertProblem(at(problems, "network.classes[0].download"), 4, "greater than 0");
        assertProblem(at(problems, "seeds[0].leaves"), 5, "greater than 0");
        assertProblem(at(problems, "arrivals.poisson.rate"), 6, "greater than 0");
        assertProblem(at(problems, "behaviour.abort"), 7, "0 or more");
    }

    @Test
    void sharesNotSummingToOneAreReportedOnTheClassList() {
        List<ScenarioProblem> problems = problems("""
                content: { size: 20 MiB }
                network:
                  classes:
                    - { name: dsl, share: 0.5, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: cable, share: 0.4, upload: 5 Mbit/s, download: 50 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 10 } }
                """);
        assertProblem(at(problems, "network.classes"), 3, "sum to 0.9", "must sum to 1");
    }

    @Test
    void sharesAreSummedAndLatencyPairsCheckedWhateverElseIsWrongWithAClass() {
        // Guards a bad field of one class hiding the shares' sum and the missing latency pairs.
        List<ScenarioProblem> problems = problems("""
                content: { size: 20 MiB }
                network:
                  latency:
                    per-class:
                      dsl: { dsl: 80 ms }
                      cable: { cable: 10 ms }
                  classes:
                    - { name: dsl, share: 0.5, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: cable, share: 0.4, upload: 0 Mbit/s, download: 50 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 10 } }
                """);
        assertProblem(at(problems, "network.classes[1].upload"), 9, "greater than 0");
        assertProblem(at(problems, "network.classes"), 7, "sum to 0.9", "must sum to 1");
        assertProblem(at(problems, "network.latency.per-class"), 4, "no latency between cable and dsl");
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void sharesAreNotSummedWhileOneIsNotANumber() {
        List<ScenarioProblem> problems = problems(MINIMAL.replace("share: 1", "share: half"));
        assertProblem(at(problems, "network.classes[0].share"), 4, "expected a number");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void everyBadPolicyParameterIsReportedAtItsOwnLineInScenarioUnits() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                protocol:
                  picker:
                    name: rarest-first
                    foo: 1
                    random-first-pieces: -1
                  choker:
                    leecher: { name: mainline, optimistic-rounds: 0, snub-timeout: -5 s }
                    seed:
                      name: mainline-seed
                      round-interval: 0 s
                """);
        assertProblem(at(problems, "protocol.picker.foo"), 10, "unknown parameter 'foo'");
        assertProblem(at(problems, "protocol.picker.random-first-pieces"), 11,
                "piece picker 'rarest-first': random-first-pieces must be >= 0, not -1");
        assertProblem(at(problems, "protocol.choker.leecher.optimistic-rounds"), 13,
                "optimistic-rounds must be at least 1, got 0");
        assertProblem(at(problems, "protocol.choker.leecher.snub-timeout"), 13, "at least 0 s, not -5 s");
        assertProblem(at(problems, "protocol.choker.seed.round-interval"), 16,
                "seed choker 'mainline-seed': round-interval must be a positive duration, got 0 s");
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void rulesBetweenPolicyParametersUseTheValuesWritten() throws ScenarioException {
        // Checked one at a time against the defaults (4 slots), 5 paid slots would be a false problem.
        String scenario = MINIMAL + "protocol: { choker: { leecher: { name: bid-mainline, slots: %d, paid-slots: %d } } }\n";
        TestScenarios.parse(scenario.formatted(8, 5));
        List<ScenarioProblem> problems = problems(scenario.formatted(8, 8));
        assertProblem(at(problems, "protocol.choker.leecher.paid-slots"), 7, "paid-slots must be at most slots - 1 = 7");
        assertEquals(1, problems.size(), problems.toString());
        // The default paid slots (2) do not fit 2 slots either; the problem is still the one written.
        problems = problems(scenario.formatted(2, 3));
        assertProblem(at(problems, "protocol.choker.leecher.paid-slots"), 7, "at most slots - 1 = 1", "got 3");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void syntaxErrorSaysWhatIsWrongOnItsOwnLineNotItsContext() {
        List<ScenarioProblem> tab = problems("name: x\ncontent:\n\tsize: 1 MiB\n");
        assertEquals(1, tab.size(), tab.toString());
        assertProblem(tab.get(0), 3, "YAML syntax error at column 1", "TAB", "that cannot start any token");
    }

    @Test
    void aScenarioFileThatIsNotUtf8SaysSoAndWhere(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\n".repeat(2).getBytes(StandardCharsets.ISO_8859_1));
        List<ScenarioProblem> problems = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)).problems();
        assertEquals(List.of(new ScenarioProblem(file.toString(), 1, "",
                "the file is not UTF-8 text: byte 10 of this line (0xE9) is not UTF-8; save the file as UTF-8")), problems);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey(@TempDir Path directory) throws IOException, ScenarioException {
        Path file = Files.writeString(directory.resolve("bom.yaml"), "\uFEFF" + MINIMAL);
        assertEquals("bom", ScenarioLoader.load(file).name());
    }

    @Test
    void badUnitAndBareNumberNameTheValidUnits() {
        List<ScenarioProblem> problems = problems(MINIMAL.replace("1 Mbit/s", "1 mbit/s").replace("20 MiB", "100")
                + "until: 6 hours\n");
        assertProblem(at(problems, "network.classes[0].upload"), 4, "unknown rate unit 'mbit/s'",
                "did you mean 'Mbit/s'?", "bit/s, kbit/s");
        assertProblem(at(problems, "content.size"), 1, "'100' needs a unit", "KiB");
        assertProblem(at(problems, "until"), 7, "unknown duration unit 'hours'", "did you mean 'h'?",
                "us, ms, s, min, h, d");
    }

    @Test
    void unknownPolicyListsTheValidNames() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                protocol:
                  picker: rarest-frist
                  choker: { seed: fastest }
                behaviour: { seeding: { model: exponentail } }
                """);
        assertProblem(at(problems, "protocol.picker"), 8, "unknown piece picker 'rarest-frist'",
                "did you mean 'rarest-first'?", "valid: rarest-first, random, sequential");
        assertProblem(at(problems, "protocol.choker.seed"), 9, "unknown seed choker 'fastest'", "mainline-seed");
        assertProblem(at(problems, "behaviour.seeding.model"), 10, "did you mean 'exponential'?",
                "leave-at-once, exponential, fixed, lognormal, trace");
    }

    @Test
    void unknownOrInvalidPolicyParameterIsAProblem() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                protocol:
                  picker: { name: rarest-first, random-frist-pieces: 4 }
                  choker: { leecher: { name: mainline, optimistic-rounds: 0 } }
                behaviour: { seeding: { model: fixed, time: 10 } }
                """);
        assertProblem(at(problems, "protocol.picker.random-frist-pieces"), 8,
                "unknown parameter 'random-frist-pieces' of piece picker 'rarest-first'",
                "did you mean 'random-first-pieces'?", "valid parameters: random-first-pieces");
        assertProblem(at(problems, "protocol.choker.leecher.optimistic-rounds"), 9,
                "leecher choker 'mainline': optimistic-rounds must be at least 1, got 0");
        assertProblem(at(problems, "behaviour.seeding.time"), 10, "'10' needs a unit");
    }

    @Test
    void inconsistentSettingsAreProblems() {
        List<ScenarioProblem> problems = problems("""
                content: { size: 20 MiB, piece: 100 KiB }
                network:
                  classes:
                    - { name: dsl, share: 1, upload: 1 Mbit/s, download: 8 Mbit/s }
                seeds: [ { count: 20, upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 10 } }
                protocol: { block: 32 KiB, pipeline: 8, max-pipeline: 4 }
                tracker: { reannounce-below: 90 }
                behaviour: { seeding: { model: trace } }
                """);
        assertProblem(at(problems, "seeds"), 5, "20 initial seeds outnumber the 10 arriving peers");
        assertProblem(at(problems, "protocol.block"), 7, "must divide the piece");
        assertProblem(at(problems, "protocol.max-pipeline"), 7, "must be at least pipeline (8)");
        assertProblem(at(problems, "tracker.reannounce-below"), 8, "cannot exceed max-connections (80)");
        assertProblem(at(problems, "behaviour.seeding"), 9, "needs arrivals from a trace");
    }

    @Test
    void aPieceTheDefaultBlockDoesNotDivideIsAProblemOfThePiece() {
        // Guards a crash: with no protocol section the problem had no line to point at.
        String scenario = MINIMAL.replace("{ size: 20 MiB }", "{ size: 1 MiB, piece: 300 KiB }");
        assertProblem(at(problems(scenario), "content.piece"), 1, "make the piece a multiple of 16 KiB");
    }

    @Test
    void flashCrowdOfNobodyAndDeadScheduleAreProblems() {
        assertProblem(at(problems(MINIMAL.replace("peers: 10", "peers: 0")), "arrivals.flash-crowd.peers"), 6,
                "from 1 to");
        List<ScenarioProblem> schedule = problems(MINIMAL.replace("{ flash-crowd: { peers: 10 } }",
                "{ schedule: [ { until: 2 h, rate: 0 /h }, { until: 1 h, rate: 1 /h } ] }"));
        assertProblem(at(schedule, "arrivals.schedule[1].until"), 6, "increasing order");
    }

    @Test
    void arrivalsNeedExactlyOneKind() {
        List<ScenarioProblem> two = problems(MINIMAL.replace("{ flash-crowd: { peers: 10 } }",
                "{ flash-crowd: { peers: 10 }, poisson: { rate: 1 /s } }"));
        assertProblem(at(two, "arrivals"), 6, "give only one of flash-crowd, poisson, schedule, trace");
        List<ScenarioProblem> typo = problems(MINIMAL.replace("flash-crowd:", "flashcrowd:"));
        assertProblem(at(typo, "arrivals.flashcrowd"), 6, "did you mean 'flash-crowd'?");
    }

    @Test
    void perClassLatencyMustCoverEveryPairConsistently() {
        List<ScenarioProblem> problems = problems("""
                content: { size: 20 MiB }
                network:
                  latency:
                    per-class:
                      dsl: { dsl: 80 ms, cable: 60 ms }
                      cable: { dsl: 70 ms, fibre: 10 ms }
                  classes:
                    - { name: dsl, share: 0.5, upload: 1 Mbit/s, download: 8 Mbit/s }
                    - { name: cable, share: 0.5, upload: 5 Mbit/s, download: 50 Mbit/s }
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 10 } }
                """);
        assertProblem(at(problems, "network.latency.per-class.cable.fibre"), 6, "unknown key 'fibre'");
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("latency cable-dsl is 70 ms but dsl-cable is 60 ms")
                || p.message().contains("latency dsl-cable")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("no latency between cable and cable")),
                problems.toString());
    }

    @Test
    void allProblemsOfAFileAreReportedTogetherInLineOrder() throws URISyntaxException {
        Path file = resource("many-problems.yaml");
        List<ScenarioProblem> problems = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)).problems();
        assertEquals(List.of(2, 3, 5, 6, 7, 10), problems.stream().map(ScenarioProblem::line).toList(), problems.toString());
        assertEquals(List.of("", "contnet", "network.classes", "network.classes[0].upload", "network.classes[1].upload",
                "protocol.picker"), problems.stream().map(ScenarioProblem::keyPath).toList());
        assertTrue(problems.get(0).message().contains("missing key 'content'"), problems.toString());
        assertTrue(problems.get(2).message().contains("sum to 0.9"), problems.toString());
        assertTrue(problems.get(3).message().contains("did you mean 'Mbit/s'?"), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().equals(file.toString())));
        assertTrue(problems.get(1).toString().startsWith(file + ":3: contnet: unknown key 'contnet' (did you mean 'content'?)"),
                problems.get(1).toString());
    }
}
