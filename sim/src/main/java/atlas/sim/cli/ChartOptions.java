package atlas.sim.cli;

import atlas.analysis.chart.Format;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The chart file formats a command writes, as a reusable picocli mixin. */
final class ChartOptions {

    @Option(names = "--format", split = ",", paramLabel = "F[,F...]", defaultValue = "svg,png,pdf",
            description = "chart formats among png, svg and pdf (default: ${DEFAULT-VALUE})")
    private List<Format> formats;

    Set<Format> formats() {
        return EnumSet.copyOf(formats);
    }
}
