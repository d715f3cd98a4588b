package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.sim.economics.PricePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards that a token price trace is read exactly and that every problem of a bad one is reported at once, by file, line and column. */
class PriceTraceTest {

    private static final long SECOND = 1_000_000;

    @TempDir
    Path directory;

    private Path write(String csv) throws IOException {
        return Files.writeString(directory.resolve("price.csv"), csv);
    }

    private List<ScenarioProblem> problems(String csv) throws IOException {
        Path file = write(csv);
        return assertThrows(ScenarioException.class, () -> PriceTrace.read(file)).problems();
    }

    /** "line: column" of each problem, in order. */
    private static List<String> where(List<ScenarioProblem> problems) {
        return problems.stream().map(p -> p.line() + ": " + p.keyPath()).toList();
    }

    @Test
    void readsTimesInSecondsOrWithUnitsInEitherColumnOrder() throws IOException, ScenarioException {
        PricePath path = PriceTrace.read(write("""
                # BTT price, start of a crash
                usd , time

                0.0012,0
                0.0015, 90
                # the crash
                0.0006,1.5 h
                6e-4,2 h
                """));
        assertEquals(new PricePath(new long[] {0, 90 * SECOND, 5400 * SECOND, 7200 * SECOND},
                new double[] {0.0012, 0.0015, 0.0006, 0.0006}), path);
        assertEquals(0.00135, path.usdPerBtt(45 * SECOND), 1e-15);
    }

    @Test
    void aSingleRowIsAConstantPrice() throws IOException, ScenarioException {
        PricePath path = PriceTrace.read(write("time,usd\n60,0.5\n"));
        assertEquals(0.5, path.usdPerBtt(0));
        assertEquals(0.5, path.usdPerBtt(3600 * SECOND));
    }

    @Test
    void everyBadRowIsReportedTogetherWithItsLineAndColumn() throws IOException {
        Path file = write("""
                time,usd
                0,0.001
                10,abc
                5,0.002
                20,0
                20,-1
                30 parsecs,0.001
                ,
                40,NaN
                50,1e999
                60,0.001,7
                70,0.001
                -1,0.001
                """);
        ScenarioException exception = assertThrows(ScenarioException.class, () -> PriceTrace.read(file));
        List<ScenarioProblem> problems = exception.problems();
        assertEquals(List.of("3: usd", "4: time", "5: usd", "6: time", "6: usd", "7: time", "8: time", "8: usd",
                "9: usd", "10: usd", "11: ", "13: time"), where(problems), problems.toString());
        for (ScenarioProblem problem : problems) {
            assertEquals(file.toString(), problem.file());
        }
        assertTrue(problems.get(0).message().contains("greater than 0, such as 0.0012, not 'abc'"), problems.toString());
        assertTrue(problems.get(1).message().contains("times must increase: 5 s comes after 10 s"), problems.toString());
        assertTrue(problems.get(2).message().contains("not '0'"), problems.toString());
        assertTrue(problems.get(3).message().contains("repeats the previous row's time"), problems.toString());
        assertTrue(problems.get(5).message().contains("parsecs"), problems.toString());
        assertTrue(problems.get(6).message().contains("every row needs a time"), problems.toString());
        assertTrue(problems.get(7).message().contains("every row needs a price"), problems.toString());
        assertTrue(problems.get(10).message().contains("expected 2 comma-separated fields"), problems.toString());
        assertTrue(problems.get(11).message().contains("0 or more"), problems.toString());
        assertTrue(exception.getMessage().startsWith(file + ":3: usd: "), exception.getMessage());
    }

    @Test
    void headerMustNameTimeAndUsdOnceEach() throws IOException {
        List<ScenarioProblem> problems = problems("tme,usd,usd\n1,2,3\n");
        assertEquals(List.of("1: tme", "1: usd", "1: "), where(problems), problems.toString());
        assertTrue(problems.get(0).message().contains("did you mean 'time'?"), problems.toString());
        assertTrue(problems.get(1).message().contains("appears twice"), problems.toString());
        assertTrue(problems.get(2).message().contains("no 'time' column"), problems.toString());

        problems = problems("# prices\n\ntime\n1\n");
        assertEquals(List.of("3: "), where(problems), problems.toString());
        assertTrue(problems.get(0).message().contains("no 'usd' column"), problems.toString());
    }

    @Test
    void anEmptyTraceOrOneWithoutPricesIsRefused() throws IOException {
        List<ScenarioProblem> problems = problems("# nothing\n\n");
        assertEquals(List.of("1: "), where(problems));
        assertTrue(problems.get(0).message().contains("the price trace is empty"), problems.toString());

        problems = problems("\ntime,usd\n# nothing yet\n");
        assertEquals(List.of("2: "), where(problems));
        assertTrue(problems.get(0).message().contains("header but no prices"), problems.toString());
    }

    @Test
    void aMissingFileIsOneProblem() {
        Path file = directory.resolve("nowhere.csv");
        List<ScenarioProblem> problems = assertThrows(ScenarioException.class, () -> PriceTrace.read(file)).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("price trace file not found: " + file), problems.toString());
    }

    @Test
    void beyondTwentyProblemsTheRestAreCounted() throws IOException {
        StringBuilder csv = new StringBuilder("time,usd\n");
        for (int i = 1; i <= 25; i++) {
            csv.append(i).append(",x\n");
        }
        List<ScenarioProblem> problems = problems(csv.toString());
        assertEquals(21, problems.size());
        assertEquals(22, problems.get(20).line());
        assertTrue(problems.get(20).message().contains("5 more problems"), problems.toString());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException, ScenarioException {
        assertEquals(new PricePath(new long[] {0}, new double[] {0.5}), PriceTrace.read(write("\uFEFFtime,usd\n0,0.5\n")));
    }
}
