package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.Test;

// Guards that axes carry units: metric names yield their unit suffix, parameter values with a
// unit are placed by number (log scale over decades), and names become categories.
class AxisLabelsTest {

    @Test
    void metricLabelsNameTheUnitFromTheSuffix() {
        assertEquals("download time, p95 (s)", MetricLabels.of("download_time_s.p95"));
        assertEquals("download speed, mean (KiB/s)", MetricLabels.of("download_speed_kib_s.mean"));
        assertEquals("uploaded (bytes)", MetricLabels.of("uploaded_bytes"));
        assertEquals("chain fees (TRX)", MetricLabels.of("chain_fees_trx"));
        assertEquals("seeder retention, 1h", MetricLabels.of("seeder_retention.1h"));
        assertEquals("peers arrived", MetricLabels.of("peers_arrived"));
    }

    @Test
    void numbersWithOneUnitArePlacedByValue() {
        ParameterAxis axis = ParameterAxis.of("incentives.bid.price", List.of("10 BTT/MiB", "0.1 BTT/MiB", "1 BTT/MiB"));
        assertTrue(axis.numeric());
        assertEquals("incentives.bid.price (BTT/MiB)", axis.label());
        assertEquals(0.1, axis.position("0.1 BTT/MiB"));
        assertInstanceOf(LogAxis.class, axis.lineAxis(), "three decades call for a log axis");
        ParameterAxis sorted = axis.sorted();
        assertEquals(List.of("0.1 BTT/MiB", "1 BTT/MiB", "10 BTT/MiB"), sorted.values());
        assertEquals(2, sorted.position("10 BTT/MiB"));
        assertEquals(List.of("0.1", "1", "10"), List.of(sorted.categoryAxis().getSymbols()));
    }

    @Test
    void narrowRangesAreLinearAndUnitlessNumbersKeepTheName() {
        ParameterAxis axis = ParameterAxis.of("share", List.of("0.2", "0.5", "0.8"));
        assertEquals("share", axis.label());
        NumberAxis linear = (NumberAxis) axis.lineAxis();
        assertFalse(linear instanceof SymbolAxis);
    }

    @Test
    void namesAndMixedUnitsAreCategoriesInFirstSeenOrder() {
        ParameterAxis names = ParameterAxis.of("protocol.picker", List.of("rarest-first", "random", "rarest-first"));
        assertFalse(names.numeric());
        assertEquals(List.of("rarest-first", "random"), names.values());
        assertEquals(1, names.position("random"));
        assertInstanceOf(SymbolAxis.class, names.lineAxis());
        assertFalse(ParameterAxis.of("size", List.of("1 KiB", "1 MiB")).numeric());
    }

    @Test
    void timeAxesPickAReadableUnit() {
        assertEquals("Time (s)", TimeScale.forMaximum(300).label("Time"));
        assertEquals("Time (min)", TimeScale.forMaximum(301).label("Time"));
        assertEquals("Time (h)", TimeScale.forMaximum(5 * 3600 + 1).label("Time"));
    }
}
