package atlas.sim.output;

import java.util.List;
import java.util.Objects;

/**
 * What the token economy produced in a run with an {@code incentives} section.
 *
 * @param peers one record per peer, in the order of {@link RunResult#peers()}
 * @param series samples taken with each row of the time series
 * @param chainTransactions transactions included in blocks
 * @param chainFeesSun TRX burned in fees, sun
 */
public record TokenResult(List<TokenRecord> peers, TokenSeries series, long chainTransactions, long chainFeesSun) {

    public TokenResult {
        peers = List.copyOf(peers);
        Objects.requireNonNull(series, "series");
    }
}
