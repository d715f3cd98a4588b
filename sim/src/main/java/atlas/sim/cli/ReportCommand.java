package atlas.sim.cli;

import atlas.analysis.report.RunReport;
import atlas.analysis.report.SweepReport;
import atlas.sim.compare.CompareResults;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atlas report DIR}: one self-contained HTML page for a run, a sweep or a comparison. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes one self-contained HTML file (inline SVG charts, the result tables, the resolved "
                + "scenario and provenance) for a run, sweep or comparison directory, from its result files.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(paramLabel = "DIR", description = "a run, sweep or comparison directory")
    private Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "the HTML file (default: DIR/report.html)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Path html = out != null ? out : dir.resolve(CompareResults.REPORT);
        switch (ResultDirectories.kind(dir)) {
            case COMPARISON -> CompareResults.read(dir).writeReport(html);
            case SWEEP -> SweepReport.write(dir, html);
            case RUN -> RunReport.write(dir, html);
        }
        main.out.println("wrote " + html);
        return ExitCodes.OK;
    }
}
