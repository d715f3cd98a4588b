package atlas.sim.scenario;

import atlas.protocols.pay.PayAsYouGoParams;
import java.util.Objects;

/**
 * The scenario's BitTorrent Speed token economy (issue 5): who takes part, how participants bid,
 * how they pay as they go, and the BTT and TRX each participant is given on arrival. Absent from
 * a scenario, there is no economy at all and the run is the plain protocol's. Amounts are BTT base
 * units (10^-6 BTT) and sun.
 *
 * @param participation fraction of arriving downloaders that take part (earn, and bid if drawn a bidder)
 * @param bidders fraction of participants that bid; the others only earn (BitTorrent Speed's toggle off)
 * @param seedsEarn whether the scenario's initial seeds take part as earners
 * @param bid the bid strategy of every bidder, from {@code atlas.protocols.bid.BidStrategies}
 * @param payment pay-as-you-go thresholds (payment interval, credit limit), bytes
 * @param deposit base units a downloader escrows in each payment channel it opens
 * @param holdings base units of BTT each participant receives on arrival
 * @param trxHoldings sun each participant receives on arrival, for transaction fees
 * @param funder the genesis allocation category whose account funds participants (an
 *     <i>assumption</i>: BitTorrent users received BTT through airdrops and exchanges; one account
 *     stands for both)
 */
public record IncentivesSettings(double participation, double bidders, boolean seedsEarn, PolicyChoice bid,
        PayAsYouGoParams payment, long deposit, long holdings, long trxHoldings, String funder) {

    public IncentivesSettings {
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(funder, "funder");
        if (!(participation >= 0 && participation <= 1) || !(bidders >= 0 && bidders <= 1)) {
            throw new IllegalArgumentException("participation and bidders are fractions in [0, 1]");
        }
        if (deposit <= 0 || holdings < 0 || trxHoldings < 0) {
            throw new IllegalArgumentException("deposit must be positive, holdings not negative");
        }
    }
}
