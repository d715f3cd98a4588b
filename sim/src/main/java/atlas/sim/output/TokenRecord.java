package atlas.sim.output;

/**
 * What the token economy did for one peer: the extra columns of {@code peers.csv} in a run with an
 * {@code incentives} section. Amounts are BTT base units (10^-6 BTT), prices base units per MiB.
 *
 * @param id the peer's id, as in its {@link PeerRecord}
 * @param takesPart whether it took part in the economy
 * @param bids whether it bid (a participant that does not bid only earns)
 * @param freeRider whether it was a cheating bidder that never pays
 * @param lastBid the last price it offered while it still downloaded (its bid falls to 0 once it has
 *     every piece); 0 if none
 * @param paid paid to uploaders through channel updates
 * @param earned received from downloaders through channel updates it accepted
 * @param unpaidLost what downloaders owed it for data when their connections closed
 * @param holdings its BTT balance on chain at the end (escrowed deposits not included)
 * @param received what the funder's transfers brought it: holdings on arrival, airdrops, top-ups
 */
public record TokenRecord(int id, boolean takesPart, boolean bids, boolean freeRider, long lastBid, long paid, long earned,
        long unpaidLost, long holdings, long received) {

    /** A peer outside the economy. */
    public static TokenRecord outside(int id) {
        return new TokenRecord(id, false, false, false, 0, 0, 0, 0, 0, 0);
    }
}
