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
 * @param funderSent BTT base units the funder's account lost over the run: all it sent participants
 * @param inChannelsEnd BTT base units escrowed in channels still open on chain at the end; with
 *     {@code funderSent} and the participants' end holdings, the whole of the funder's money:
 *     {@code funderSent == sum(holdings) + inChannelsEnd}
 */
public record TokenResult(List<TokenRecord> peers, TokenSeries series, long chainTransactions, long chainFeesSun,
        long funderSent, long inChannelsEnd) {

    public TokenResult {
        peers = List.copyOf(peers);
        Objects.requireNonNull(series, "series");
    }
}
