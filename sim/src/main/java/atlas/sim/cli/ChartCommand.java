package atlas.sim.cli;

import atlas.analysis.chart.RunCharts;
import atlas.analysis.chart.SweepCharts;
import atlas.analysis.results.ResultKind;
import atlas.sim.compare.CompareResults;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas chart DIR}: redraws the charts of a run, a sweep or a comparison from its files. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draws the charts of a run directory (seeds and leechers over time, download time CDF, "
                + "seeder retention, speed against bid), a sweep directory (each metric against each parameter "
                + "with 95 %% bands, heat maps) or a comparison directory (overlaid curves, differences with "
                + "intervals) from its result files, without running anything.")
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(paramLabel = "DIR", description = "a run, sweep or comparison directory")
    private Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "where the charts go (default: DIR/charts)")
    private Path out;

    @Mixin
    private ChartOptions charts;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : dir.resolve(CompareResults.CHARTS);
        List<Path> written = switch (ResultDirectories.kind(dir)) {
            case COMPARISON -> CompareResults.read(dir).writeCharts(target, charts.formats());
            case SWEEP -> SweepCharts.write(dir, target, charts.formats());
            case RUN -> RunCharts.write(dir, target, charts.formats());
        };
        main.out.println("wrote " + written.size() + " files to " + target);
        return ExitCodes.OK;
    }
}
