package atlas.sim.output;

import static atlas.sim.output.CsvTable.column;

import java.util.List;

/**
 * The columns of {@code peers.csv} and {@code timeseries.csv}. Times are in seconds, capacities
 * in bytes per second, rates in KiB per second; a time that never came (no completion, no
 * departure) is an empty cell. Numbers follow {@link Decimals}.
 */
final class RunTables {

    static final CsvTable<List<PeerRecord>> PEERS = new CsvTable<>(List.of(
            column("id", (peers, i) -> Integer.toString(peers.get(i).id())),
            column("class", (peers, i) -> peers.get(i).peerClass()),
            column("initial_seed", (peers, i) -> Boolean.toString(peers.get(i).initialSeed())),
            column("upload_capacity_bytes_per_s", (peers, i) -> Decimals.format(peers.get(i).uploadCapacity())),
            column("download_capacity_bytes_per_s", (peers, i) -> Decimals.format(peers.get(i).downloadCapacity())),
            column("arrival_s", (peers, i) -> Decimals.seconds(peers.get(i).arrivalMicros())),
            column("completion_s", (peers, i) -> timeOrEmpty(peers.get(i).completionMicros())),
            column("departure_s", (peers, i) -> timeOrEmpty(peers.get(i).departureMicros())),
            column("bytes_up", (peers, i) -> Long.toString(peers.get(i).bytesUp())),
            column("bytes_down", (peers, i) -> Long.toString(peers.get(i).bytesDown())),
            column("overhead_bytes", (peers, i) -> Long.toString(peers.get(i).overheadBytes())),
            column("wasted_bytes", (peers, i) -> Long.toString(peers.get(i).wastedBytes()))));

    static final CsvTable<TimeSeries> TIME_SERIES = new CsvTable<>(List.of(
            column("time_s", (ts, i) -> Decimals.seconds(ts.timeMicros(i))),
            column("leechers", (ts, i) -> Integer.toString(ts.leechers(i))),
            column("seeds", (ts, i) -> Integer.toString(ts.seeds(i))),
            column("download_rate_kib_s", (ts, i) -> Decimals.format(ts.downloadRate(i) / 1024)),
            column("min_availability", (ts, i) -> Integer.toString(ts.minAvailability(i)))));

    /** {@link #PEERS} and, in a run with a token economy, its columns; amounts in BTT base units (10^-6 BTT). */
    static final CsvTable<RunResult> PEERS_WITH_TOKENS = PEERS.extendedBy(RunResult::peers, List.of(
            column("takes_part", (run, i) -> Boolean.toString(token(run, i).takesPart())),
            column("bids", (run, i) -> Boolean.toString(token(run, i).bids())),
            column("free_rider", (run, i) -> Boolean.toString(token(run, i).freeRider())),
            column("bid_base_units_per_mib", (run, i) -> Long.toString(token(run, i).lastBid())),
            column("btt_paid_base_units", (run, i) -> Long.toString(token(run, i).paid())),
            column("btt_earned_base_units", (run, i) -> Long.toString(token(run, i).earned())),
            column("btt_unpaid_lost_base_units", (run, i) -> Long.toString(token(run, i).unpaidLost())),
            column("btt_holdings_base_units", (run, i) -> Long.toString(token(run, i).holdings())),
            column("btt_received_base_units", (run, i) -> Long.toString(token(run, i).received()))));

    /** {@link #TIME_SERIES} and, in a run with a token economy, its columns. */
    static final CsvTable<RunResult> TIME_SERIES_WITH_TOKENS = TIME_SERIES.extendedBy(RunResult::timeSeries, List.of(
            column("open_channels", (run, i) -> Integer.toString(run.tokens().series().openChannels(i))),
            column("btt_in_channels_base_units", (run, i) -> Long.toString(run.tokens().series().bttInChannels(i))),
            column("chain_transactions", (run, i) -> Long.toString(run.tokens().series().chainTransactions(i))),
            column("token_price_usd", (run, i) -> Decimals.significant(run.tokens().series().usdPerBtt(i)))));

    private static TokenRecord token(RunResult run, int row) {
        return run.tokens().peers().get(row);
    }

    private RunTables() {
    }

    private static String timeOrEmpty(long micros) {
        return micros < 0 ? "" : Decimals.seconds(micros);
    }
}
