package atlas.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlas.sim.scenario.Quantities;
import atlas.sim.scenario.YamlNode;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Range values keep their unit and their exact ends, so the scenario loader reads each as the quantity meant. */
class ParameterTest {

    private static Parameter range(double low, double high, String unit, boolean whole, int steps, Parameter.Scale scale) {
        return new Parameter("p", 3, new Parameter.Range(low, high, unit, whole, steps, scale));
    }

    private static List<String> levels(Parameter parameter) {
        return IntStream.range(0, parameter.levels()).mapToObj(i -> Parameter.text(parameter.level(i))).toList();
    }

    @Test
    void logRangeHitsBothEndsAndIsGeometricInBetween() {
        Parameter rate = range(1, 100, "Mbit/s", false, 5, Parameter.Scale.LOG);
        assertEquals(List.of("1 Mbit/s", "3.16228 Mbit/s", "10 Mbit/s", "31.6228 Mbit/s", "100 Mbit/s"), levels(rate));
        assertEquals(Quantities.parseRate("100 Mbit/s"), Quantities.parseRate(Parameter.text(rate.level(4))));
    }

    @Test
    void linearRangeOfCountsGivesWholeNumbers() {
        Parameter peers = range(10, 40, "", true, 4, Parameter.Scale.LINEAR);
        assertEquals(List.of("10", "20", "30", "40"), levels(peers));
        YamlNode value = peers.level(1);
        assertEquals(YamlNode.ScalarType.INTEGER, ((YamlNode.Scalar) value).type(), "a count, not a fraction");
        assertEquals(3, value.line(), "reported at the parameter's line");
    }

    @Test
    void sampledValuesScaleTheUnitInterval() {
        Parameter share = range(0.2, 0.6, "", false, 0, Parameter.Scale.LINEAR);
        assertEquals("0.2", Parameter.text(share.sample(0)));
        assertEquals("0.4", Parameter.text(share.sample(0.5)));
        Parameter size = range(1, 16, "MiB", false, 0, Parameter.Scale.LOG);
        assertEquals("4 MiB", Parameter.text(size.sample(0.5)));
    }

    @Test
    void sampledWholeNumbersEachGetAnEqualShare() {
        Parameter slots = range(1, 3, "", true, 0, Parameter.Scale.LINEAR);
        int[] counts = new int[4];
        int n = 30_000;
        for (int i = 0; i < n; i++) {
            counts[Integer.parseInt(Parameter.text(slots.sample((i + 0.5) / n)))]++;
        }
        assertEquals(List.of(10_000, 10_000, 10_000), List.of(counts[1], counts[2], counts[3]),
                "rounding low + u (high - low) gave the ends a quarter each");
        assertEquals("3", Parameter.text(slots.sample(Math.nextDown(1.0))));
        Parameter peers = range(1, 99, "", true, 0, Parameter.Scale.LOG);
        assertEquals("1", Parameter.text(peers.sample(0)));
        assertEquals("9", Parameter.text(peers.sample(0.49)), "the decade 1 to 9 takes half of [1, 100)");
        assertEquals("10", Parameter.text(peers.sample(0.5)));
        assertEquals("99", Parameter.text(peers.sample(Math.nextDown(1.0))));
    }

    @Test
    void listedValuesAreSampledWithEqualChances() {
        YamlNode a = new YamlNode.Scalar("x", 1, "a", YamlNode.ScalarType.STRING);
        YamlNode b = new YamlNode.Scalar("x", 1, "b", YamlNode.ScalarType.STRING);
        Parameter picker = new Parameter("protocol.picker", 1, new Parameter.Listed(List.of(a, b)));
        assertEquals(a, picker.sample(0));
        assertEquals(a, picker.sample(0.4999));
        assertEquals(b, picker.sample(0.5));
        assertEquals(b, picker.sample(0.9999));
    }
}
