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

    private RunTables() {
    }

    private static String timeOrEmpty(long micros) {
        return micros < 0 ? "" : Decimals.seconds(micros);
    }
}
