package atlas.sim.output;

import atlas.sim.chain.ChainSupply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the token economy's outputs: its columns and metrics appear only in runs that have one,
 * after the plain ones, so that runs without it keep their files byte for byte.
 */
class TokenOutputTest {

    private static final long S = 1_000_000;

    @TempDir
    Path tmp;

    private static RunResult run(boolean tokens) {
        TimeSeries series = new TimeSeries();
        series.add(0, 2, 1, 0, 1);
        series.add(10 * S, 0, 3, 1000, 3);
        List<PeerRecord> peers = List.of(
                new PeerRecord(0, "seed", true, 1e6, 1e6, 0, 0, -1, 4_194_304, 0, 0, 0),
                new PeerRecord(1, "dsl", false, 1e5, 1e6, 0, 4 * S, -1, 0, 2_097_152, 0, 0),
                new PeerRecord(2, "dsl", false, 1e5, 1e6, 0, 8 * S, -1, 0, 2_097_152, 0, 0));
        if (!tokens) {
            return new RunResult(Fixtures.tinyScenario(), 1, 10 * S, EndedBy.ALL_COMPLETE, 10, 1, peers, series,
                    10 * S);
        }
        TokenSeries tokenSeries = new TokenSeries();
        tokenSeries.add(0, 0, 0, 0.001);
        tokenSeries.add(2, 20_000_000, 7, 0.002);
        TokenResult result = new TokenResult(List.of(
                new TokenRecord(0, true, false, false, 0, 0, 3_000_000, 500_000, 103_000_000, 100_000_000),
                new TokenRecord(1, true, true, false, 1_000_000, 3_000_000, 0, 0, 87_000_000, 110_000_000),
                TokenRecord.outside(2)), tokenSeries, 7, 2_680_000, 210_000_000, 20_000_000, new ChainSupply(0, 0, 0, 0, 0, 0));
        return new RunResult(Fixtures.tinyScenario(), 1, 10 * S, EndedBy.ALL_COMPLETE, 10, 1, peers, series, 10 * S,
                result);
    }

    @Test
    void tokenColumnsFollowThePlainOnes() throws IOException {
        Path dir = tmp.resolve("run");
        RunWriter.write(run(true), dir);
        List<String> peers = Files.readAllLines(dir.resolve("peers.csv"), StandardCharsets.UTF_8);
        assertTrue(peers.get(0).endsWith(",wasted_bytes,takes_part,bids,free_rider,bid_base_units_per_mib,btt_paid_base_units,"
                + "btt_earned_base_units,btt_unpaid_lost_base_units,btt_holdings_base_units,btt_received_base_units"),
                peers.get(0));
        assertTrue(peers.get(2).endsWith(",true,true,false,1000000,3000000,0,0,87000000,110000000"), peers.get(2));
        assertTrue(peers.get(3).endsWith(",false,false,false,0,0,0,0,0,0"), peers.get(3));
        List<String> series = Files.readAllLines(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8);
        assertTrue(series.get(0).endsWith(",min_availability,open_channels,btt_in_channels_base_units,chain_transactions,"
                + "token_price_usd"));
        assertTrue(series.get(2).endsWith(",3,2,20000000,7,0.002"), series.get(2));

        JsonNode metrics = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("metrics");
        assertEquals(3.0, metrics.get("btt_paid").asDouble());
        assertEquals(3.0, metrics.get("btt_earned").asDouble());
        assertEquals(0.5, metrics.get("btt_unpaid_lost").asDouble());
        assertEquals(7, metrics.get("chain_transactions").asLong());
        assertEquals(2.68, metrics.get("chain_fees_trx").asDouble());
        assertEquals(4.0, metrics.get("download_time_bidders_s").get("mean").asDouble());
        assertEquals(8.0, metrics.get("download_time_non_bidders_s").get("mean").asDouble());
        // Participating downloaders only, the initial seed not counted: one peer, so no inequality.
        assertEquals(0.0, metrics.get("gini_btt").asDouble());
        assertEquals(0.0, metrics.get("gini_btt_liquid").asDouble());
        assertEquals(210.0, metrics.get("btt_distributed").asDouble());
        assertEquals(210.0, metrics.get("btt_funder_sent").asDouble());
        assertEquals(20.0, metrics.get("btt_in_channels_end").asDouble());
        // 3 BTT paid over 210 distributed in 10 s: 3 / 210 per 10 s, times 8,640 per day.
        assertEquals(3.0 / 210 * 8640, metrics.get("token_velocity_per_day").asDouble(), 1e-6);
        assertEquals(0.001, metrics.get("token_price_usd").get("start").asDouble());
        assertEquals(0.002, metrics.get("token_price_usd").get("max").asDouble());
        // Peer 1 (dsl) bids and paid 3 BTT; the seed earned them.
        assertEquals(3.0, metrics.get("btt_paid_by_class").get("dsl").asDouble());
        assertEquals(3.0, metrics.get("btt_earned_by_class").get("seed").asDouble());
        assertEquals(8.0, metrics.get("download_time_non_participants_s").get("mean").asDouble());
        // 2 MiB content over 4 s and 8 s.
        JsonNode speeds = metrics.get("download_speed_by_role_kib_s");
        assertEquals(Fixtures.tinyScenario().content().sizeBytes() / 1024.0 / 4, speeds.get("bidders").asDouble(), 1e-9);
        assertTrue(speeds.get("earners").isNull());
    }

    @Test
    void runsWithoutAnEconomyHaveNoneOfIt() throws IOException {
        Path dir = tmp.resolve("plain");
        RunWriter.write(run(false), dir);
        String peers = Files.readString(dir.resolve("peers.csv"), StandardCharsets.UTF_8);
        String series = Files.readString(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8);
        String summary = Files.readString(dir.resolve("summary.json"), StandardCharsets.UTF_8);
        assertFalse(peers.contains("btt") || peers.contains("takes_part"));
        assertFalse(series.contains("channels"));
        for (Metric metric : Metrics.TOKENS) {
            assertFalse(summary.contains("\"" + metric.name() + "\""), metric.name());
        }
    }
}
