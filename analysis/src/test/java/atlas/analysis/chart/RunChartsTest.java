package atlas.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.analysis.fixtures.RunFixture;
import atlas.analysis.results.CsvTable;
import atlas.analysis.results.PeerTable;
import atlas.analysis.results.TimeSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Guards `atlas chart DIR`: it redraws every applicable chart from the files alone, the bid chart
// only when peers bid, and the same results give byte-identical files (PDF included).
class RunChartsTest {

    @TempDir
    Path dir;

    @Test
    void redrawingTheSameRunGivesIdenticalFiles() throws Exception {
        Path run = RunFixture.standard(9).write(dir.resolve("run"));
        List<Path> first = RunCharts.write(run, dir.resolve("a"), EnumSet.allOf(Format.class), Layout.TWO_COLUMN);
        List<Path> second = RunCharts.write(run, dir.resolve("b"), EnumSet.allOf(Format.class), Layout.TWO_COLUMN);
        assertEquals(15, first.size(), "five charts in three formats");
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
    }

    @Test
    void thePriceChartNeedsTheTokenColumns() {
        Path run = new RunFixture(9, 10, false, "x").write(dir.resolve("run"));
        List<Path> files = RunCharts.write(run, dir.resolve("out"), EnumSet.of(Format.SVG));
        assertEquals(List.of("seeds-leechers.svg", "download-time-cdf.svg", "seeder-retention.svg"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theDownloadTimeCurveSaysHowManyPeersItLeavesOut() {
        PeerTable peers = PeerTable.of(CsvTable.parse("peers.csv", """
                id,class,initial_seed,arrival_s,completion_s,departure_s
                0,seed,true,0,,
                1,dsl,false,0,40,
                2,dsl,false,0,50,
                3,dsl,false,0,,
                """));
        JFreeChart chart = RunCharts.downloadTimeCdf(peers);
        assertEquals("2 of 3 arrived peers completed",
                ((XYSeriesCollection) ((XYPlot) chart.getPlot()).getDataset()).getSeries(0).getKey());
        assertTrue(chart.getLegend() != null, "shown when some peers did not complete");
    }

    @Test
    void speedIsPlottedAgainstWhatEachPeerPaidPerMiB() {
        // 10 MiB of content each: a bidder that paid 20 BTT in 100 s (its 1 MiB of waste is not
        // content), a free rider that paid nothing in 50 s, a peer that does not bid, in 200 s.
        PeerTable peers = PeerTable.of(CsvTable.parse("peers.csv", """
                id,class,initial_seed,arrival_s,completion_s,departure_s,bytes_down,wasted_bytes,bids,free_rider,btt_paid_base_units
                0,seed,true,0,,,0,0,false,false,0
                1,dsl,false,0,100,,11534336,1048576,true,false,20000000
                2,dsl,false,0,50,,10485760,0,true,true,0
                3,dsl,false,0,200,,10485760,0,false,false,0
                4,dsl,false,0,,,5000000,0,true,false,3000000
                """));
        XYSeriesCollection data = (XYSeriesCollection) ((XYPlot) RunCharts.speedAgainstPricePaid(peers).orElseThrow()
                .getPlot()).getDataset();
        assertEquals(List.of("Bidders", "Free riders", "Not bidding"),
                data.getSeries().stream().map(x -> ((XYSeries) x).getKey()).toList());
        XYSeries bidders = data.getSeries(0);
        assertEquals(1, bidders.getItemCount(), "the peer that did not complete is left out");
        assertEquals(2.0, bidders.getX(0).doubleValue(), 1e-12, "20 BTT for 10 MiB");
        assertEquals(102.4, bidders.getY(0).doubleValue(), 1e-9, "10 MiB in 100 s, waste not counted");
        assertEquals(0.0, data.getSeries(1).getX(0).doubleValue());
        assertEquals(204.8, data.getSeries(1).getY(0).doubleValue(), 1e-9);
        assertEquals(51.2, data.getSeries(2).getY(0).doubleValue(), 1e-9);
    }

    @Test
    void aTokenRunGetsRetentionByRoleAndThePriceOverTime() {
        // A bidder that seeds 20 s, an earner still seeding at the end (100 s), a non-participant
        // that never completes, and the initial seed, which is nobody's seeding time.
        // A free rider that seeds 30 s is a role of its own, not a bidder.
        PeerTable peers = PeerTable.of(CsvTable.parse("peers.csv", """
                id,class,initial_seed,arrival_s,completion_s,departure_s,takes_part,bids,free_rider
                0,seed,true,0,,,true,false,false
                1,dsl,false,0,40,60,true,true,false
                2,dsl,false,0,50,,true,false,false
                3,dsl,false,0,,,false,false,false
                4,dsl,false,0,30,60,true,true,true
                """));
        XYSeriesCollection byRole = (XYSeriesCollection) ((XYPlot) RunCharts.seederRetentionByRole(peers, 100)
                .orElseThrow().getPlot()).getDataset();
        assertEquals(List.of("Bidders", "Free riders", "Earners"),
                byRole.getSeries().stream().map(x -> ((XYSeries) x).getKey()).toList());
        TimeSeries series = TimeSeries.of(CsvTable.parse("timeseries.csv", """
                time_s,leechers,seeds,token_price_usd
                0,2,1,0.001
                10,1,2,0.002
                """));
        XYSeries price = ((XYSeriesCollection) ((XYPlot) RunCharts.tokenPrice(series).orElseThrow().getPlot())
                .getDataset()).getSeries(0);
        assertEquals(0.002, price.getY(1).doubleValue());
        assertTrue(RunCharts.tokenPrice(TimeSeries.of(CsvTable.parse("t.csv", "time_s,seeds\n0,1\n"))).isEmpty());
    }
}
