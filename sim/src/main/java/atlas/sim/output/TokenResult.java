package atlas.sim.output;

import atlas.sim.chain.ChainSupply;
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
 * @param supply the whole chain's BTT and TRX at the end against its genesis, read from the ledger
 *     for conservation checks; null if the run's builder did not record it
 */
public record TokenResult(List<TokenRecord> peers, TokenSeries series, long chainTransactions, long chainFeesSun,
        long funderSent, long inChannelsEnd, ChainSupply supply) {

    public TokenResult {
        peers = List.copyOf(peers);
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(supply, "supply");
    }

}
