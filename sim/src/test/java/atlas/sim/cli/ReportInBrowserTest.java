package atlas.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import atlas.analysis.results.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report written by {@code atlas report} renders in a real browser: headless Chromium draws every
 * chart with a visible size and marks, and the tables it shows hold the numbers of the CSV files.
 * scripts/test installs Chromium and sets ATLAS_REQUIRE_CHROMIUM, so CI cannot skip this.
 */
class ReportInBrowserTest {

    /** Appended to a copy of the report: after load, writes what the page rendered into the DOM. */
    private static final String PROBE = """
            <script>
            window.addEventListener('load', () => {
              const svgs = [...document.querySelectorAll('svg')];
              const drawn = svgs.filter(s => {
                const box = s.getBoundingClientRect();
                return box.width > 100 && box.height > 50 && s.querySelectorAll('path, line, rect, text').length > 10;
              });
              const cells = [...document.querySelectorAll('td')].map(td => td.textContent.trim());
              const out = document.createElement('pre');
              out.id = 'probe';
              out.textContent = 'svgs=' + svgs.length + '\\ndrawn=' + drawn.length + '\\n' + cells.join('\\n');
              document.body.appendChild(out);
            });
            </script>
            """;
    private static final Pattern PROBE_OUTPUT = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void aSweepReportDrawsItsChartsAndShowsThePointsTable() throws Exception {
        Path chromium = chromium();
        Path base = Files.writeString(tmp.resolve("base.yaml"), """
                name: tiny
                content: { size: 1 MiB, piece: 256 KiB }
                network:
                  latency: { constant: 20 ms }
                  classes: [ { name: dsl, share: 1, upload: 1 Mbit/s, download: 8 Mbit/s } ]
                seeds: [ { upload: 10 Mbit/s } ]
                arrivals: { flash-crowd: { peers: 10 } }
                """);
        Path sweep = Files.writeString(tmp.resolve("sweep.yaml"), """
                base: base.yaml
                replicates: 2
                parameters:
                  protocol.picker: [rarest-first, random]
                """);
        Path dir = tmp.resolve("out");
        Atlas.ok("sweep", sweep.toString(), "--out", dir.toString(), "--quiet", "--jobs", "2");
        Atlas.ok("report", dir.toString());

        List<String> shown = render(chromium, dir.resolve("report.html"));
        int svgs = Integer.parseInt(shown.get(0).substring("svgs=".length()));
        assertTrue(svgs >= 3, "charts on the page: " + svgs);
        assertEquals("drawn=" + svgs, shown.get(1), "every chart drawn with a size and marks");
        CsvTable points = CsvTable.read(dir.resolve("points.csv"));
        List<String> cells = shown.subList(2, shown.size());
        for (String column : List.of("metric", "n", "mean", "ci_low")) {
            for (String value : points.strings(column)) {
                assertTrue(cells.contains(value), column + " " + value + " is not in the page's tables");
            }
        }
    }

    /** The page's probe output, line by line, after Chromium loaded and laid it out. */
    private List<String> render(Path chromium, Path report) throws IOException, InterruptedException {
        Path probed = report.resolveSibling("probed.html");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        Files.writeString(probed, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve("profile"),
                "--virtual-time-budget=5000", "--dump-dom", probed.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectError(tmp.resolve("chromium.log").toFile()).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        Matcher m = PROBE_OUTPUT.matcher(dom);
        assertTrue(m.find(), "no probe output; chromium said: " + Files.readString(tmp.resolve("chromium.log")));
        return Arrays.asList(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").split("\n"));
    }

    private static Path chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        boolean required = System.getenv("ATLAS_REQUIRE_CHROMIUM") != null;
        assertTrue(!required, "ATLAS_REQUIRE_CHROMIUM is set but no chromium is on the PATH");
        assumeTrue(false, "no chromium on the PATH; scripts/test installs it");
        return null;
    }
}
