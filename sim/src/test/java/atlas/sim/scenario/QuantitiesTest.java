package atlas.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guards that units convert exactly (no bit/byte or minute/second slips) and that formatting parses back to the same value. */
class QuantitiesTest {

    @ParameterizedTest
    @CsvSource({"256 KiB, 262144", "1 B, 1", "100 MiB, 104857600", "2 GiB, 2147483648", "1 TiB, 1099511627776",
        "100 MB, 100000000", "1.5 kB, 1500", "3 GB, 3000000000", "0.5 MiB, 524288", "16KiB, 16384"})
    void parsesSizes(String text, long bytes) {
        assertEquals(bytes, Quantities.parseSize(text));
    }

    @ParameterizedTest
    @CsvSource({"1 Mbit/s, 125000", "8 bit/s, 1", "1 kbit/s, 125", "1 Gbit/s, 125000000", "1 B/s, 1",
        "1 KiB/s, 1024", "2 MiB/s, 2097152", "1 kB/s, 1000", "1.5 MB/s, 1500000", "0.5 Mbit/s, 62500"})
    void parsesRates(String text, double bytesPerSecond) {
        assertEquals(bytesPerSecond, Quantities.parseRate(text));
    }

    @ParameterizedTest
    @CsvSource({"1 us, 1", "1 ms, 1000", "10 s, 10000000", "30 min, 1800000000", "1.5 h, 5400000000",
        "1 d, 86400000000", "0.25 s, 250000"})
    void parsesDurations(String text, long micros) {
        assertEquals(micros, Quantities.parseDuration(text));
    }

    @ParameterizedTest
    @CsvSource({"0.5 /s, 0.5", "10 /min, 0.16666666666666666", "2 /h, 5.555555555555556E-4", "1 /d, 1.1574074074074073E-5",
        "30/min, 0.5"})
    void parsesEventRates(String text, double perSecond) {
        assertEquals(perSecond, Quantities.parseEventRate(text), 1e-18);
    }

    @Test
    void bareNumberNamesTheValidUnits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantities.parseRate("100"));
        assertTrue(e.getMessage().contains("needs a unit"), e.getMessage());
        assertTrue(e.getMessage().contains("Mbit/s") && e.getMessage().contains("KiB/s"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseSize("256"));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseDuration("10"));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseEventRate("10"));
    }

    @Test
    void unknownUnitSuggestsTheCorrectlyCasedOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantities.parseRate("5 mbit/s"));
        assertTrue(e.getMessage().contains("unknown rate unit 'mbit/s' (did you mean 'Mbit/s'?)"), e.getMessage());
        // Units of the wrong kind are unknown too: a size is not a rate.
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseRate("5 MiB"));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseDuration("5 /min"));
    }

    @Test
    void rejectsTextThatIsNoQuantity() {
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseSize("KiB"));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseSize(""));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseSize("ten KiB"));
    }

    @Test
    void rejectsFractionsOfTheBaseUnitAndOverflow() {
        IllegalArgumentException bytes = assertThrows(IllegalArgumentException.class, () -> Quantities.parseSize("1.5 B"));
        assertTrue(bytes.getMessage().contains("whole number of bytes"), bytes.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseDuration("0.5 us"));
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> Quantities.parseSize("100000000 TiB"));
        assertTrue(big.getMessage().contains("too large"), big.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"262144, 256 KiB", "104857600, 100 MiB", "100000000, 100 MB", "1000, 1 kB", "1023, 1023 B",
        "2048000, 2000 KiB", "0, 0 B"})
    void formatsSizesWithTheShortestExactUnit(long bytes, String text) {
        assertEquals(text, Quantities.formatSize(bytes));
    }

    @ParameterizedTest
    @CsvSource({"125000, 1 Mbit/s", "1000000, 8 Mbit/s", "62500, 500 kbit/s", "2097152, 2 MiB/s", "1, 8 bit/s",
        "1250000000, 10 Gbit/s", "0, 0 bit/s"})
    void formatsRatesPreferringBits(double bytesPerSecond, String text) {
        assertEquals(text, Quantities.formatRate(bytesPerSecond));
    }

    @ParameterizedTest
    @CsvSource({"10000000, 10 s", "5400000000, 90 min", "86400000000, 1 d", "1500, 1500 us", "0, 0 s"})
    void formatsDurations(long micros, String text) {
        assertEquals(text, Quantities.formatDuration(micros));
    }

    @ParameterizedTest
    @CsvSource({"10 /min, 10 /min", "2 /h, 2 /h", "0.5 /s, 30 /min", "0.1 /h, 0.1 /h", "7 /d, 7 /d", "0 /s, 0 /h",
        "1 /s, 1 /s"})
    void formatsEventRatesReadably(String text, String formatted) {
        assertEquals(formatted, Quantities.formatEventRate(Quantities.parseEventRate(text)));
    }

    @ParameterizedTest
    @CsvSource({"1 TRX, 1000000", "1000 sun, 1000", "0.1 TRX, 100000", "1.5 TRX, 1500000", "0 sun, 0",
        "-1 TRX, -1000000"})
    void parsesTrxInSun(String text, long sun) {
        assertEquals(sun, Quantities.parseTrx(text));
    }

    @ParameterizedTest
    @CsvSource({"1000000, 1 TRX", "1500000, 1.5 TRX", "100000, 100000 sun", "1000, 1000 sun", "10000000000, 10000 TRX",
        "0, 0 TRX"})
    void formatsTrx(long sun, String text) {
        assertEquals(text, Quantities.formatTrx(sun));
        assertEquals(sun, Quantities.parseTrx(text));
    }

    @Test
    void parsesAndFormatsATrxPricePerByte() {
        assertEquals(1000, Quantities.parseTrxPerByte("1000 sun/B"));
        assertEquals(420, Quantities.parseTrxPerByte("0.00042 TRX/B"));
        assertEquals("1000 sun/B", Quantities.formatTrxPerByte(1000));
        assertEquals("2 TRX/B", Quantities.formatTrxPerByte(2_000_000));
        IllegalArgumentException perByte = assertThrows(IllegalArgumentException.class,
                () -> Quantities.parseTrxPerByte("1000 sun"));
        assertTrue(perByte.getMessage().contains("valid units: TRX/B, sun/B"), perByte.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"10 BTT, 6, 10000000", "0.5 BTT, 6, 500000", "0.5 BTT, 1, 5", "990000000000 BTT, 6, 990000000000000000",
        "7 BTT, 0, 7"})
    void parsesBttAtItsPrecision(String text, int precision, long units) {
        assertEquals(units, Quantities.parseBtt(text, precision));
        assertEquals(text, Quantities.formatBtt(units, precision));
    }

    @Test
    void tokenAmountsNeedTheirUnitAndWholeBaseUnits() {
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> Quantities.parseTrx("5"));
        assertTrue(bare.getMessage().contains("needs a unit, e.g. '1 TRX'") && bare.getMessage().contains("TRX, sun"),
                bare.getMessage());
        IllegalArgumentException btt = assertThrows(IllegalArgumentException.class, () -> Quantities.parseBtt("5", 6));
        assertTrue(btt.getMessage().contains("e.g. '10 BTT'"), btt.getMessage());
        IllegalArgumentException lower = assertThrows(IllegalArgumentException.class, () -> Quantities.parseBtt("5 btt", 6));
        assertTrue(lower.getMessage().contains("did you mean 'BTT'?"), lower.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> Quantities.parseBtt("0.05 BTT", 1));
        assertTrue(fraction.getMessage().contains("not a whole number of base units at precision 1"), fraction.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseTrx("0.5 sun"));
        assertThrows(IllegalArgumentException.class, () -> Quantities.parseBtt("1 BTT", 7));
    }

    @RepeatedTest(10)
    void formatParsesBackToTheSameValue(RepetitionInfo repetition) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(repetition.getCurrentRepetition());
        for (int i = 0; i < 100; i++) {
            long bytes = random.nextLong(1L << 50);
            assertEquals(bytes, Quantities.parseSize(Quantities.formatSize(bytes)));
            long micros = random.nextLong(1L << 50);
            assertEquals(micros, Quantities.parseDuration(Quantities.formatDuration(micros)));
            double rate = Math.scalb(random.nextDouble(), random.nextInt(40));
            assertEquals(rate, Quantities.parseRate(Quantities.formatRate(rate)));
            double events = Math.scalb(random.nextDouble(), -random.nextInt(20));
            assertEquals(events, Quantities.parseEventRate(Quantities.formatEventRate(events)));
            long sun = random.nextLong(1L << 62);
            assertEquals(sun, Quantities.parseTrx(Quantities.formatTrx(sun)));
            int precision = random.nextInt(Quantities.MAX_BTT_PRECISION + 1);
            assertEquals(sun, Quantities.parseBtt(Quantities.formatBtt(sun, precision), precision));
        }
    }
}
