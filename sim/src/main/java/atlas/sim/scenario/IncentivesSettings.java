package atlas.sim.scenario;

import atlas.protocols.pay.PayAsYouGoParams;
import atlas.sim.economics.Distribution;
import java.util.List;
import java.util.Objects;

/**
 * The scenario's BitTorrent Speed token economy (issue 5): who takes part, how participants bid,
 * how they pay as they go, how they come to hold BTT, what BTT is worth and what seeding costs.
 * Absent from a scenario, there is no economy at all and the run is the plain protocol's. Amounts
 * are BTT base units (10^-6 BTT) and sun; money is USD.
 *
 * @param participation fraction of arriving downloaders that take part (earn, and bid if drawn a bidder)
 * @param bidders fraction of participants that bid; the others only earn (BitTorrent Speed's toggle off)
 * @param freeRiders fraction of bidders that run a cheating client: they bid, take data and never
 *     pay, so uploaders serve each of them up to the credit limit and stop
 * @param seedsEarn whether the scenario's initial seeds take part as earners
 * @param bid the bid strategy of every bidder, from {@code atlas.protocols.bid.BidStrategies}
 * @param payment pay-as-you-go thresholds (payment interval, credit limit), bytes
 * @param deposit base units a downloader escrows in each payment channel it opens
 * @param holdings base units of BTT each participant receives on arrival, drawn per participant
 * @param trxHoldings sun each participant receives on arrival, for transaction fees
 * @param funder the genesis allocation category whose account funds participants (an
 *     <i>assumption</i>: BitTorrent users received BTT through airdrops and exchanges; one account
 *     stands for both)
 * @param tokenPrice USD per BTT over the run
 * @param airdrops BTT the funder sends every participant present at given times
 * @param topUp how participants that run short buy more BTT; null if they never do
 * @param valueOfTime USD an hour of a bidder's time is worth, drawn per bidder, for bid strategy
 *     {@code value-of-time}; null to use that strategy's own BTT value
 * @param costs what seeding costs a peer, for the {@code economic} seeding model
 */
public record IncentivesSettings(double participation, double bidders, double freeRiders, boolean seedsEarn,
        PolicyChoice bid,
        PayAsYouGoParams payment, long deposit, Distribution holdings, long trxHoldings, String funder,
        PriceModel tokenPrice, List<Airdrop> airdrops, TopUp topUp, Distribution valueOfTime, Costs costs) {

    public IncentivesSettings {
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(holdings, "holdings");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(tokenPrice, "tokenPrice");
        Objects.requireNonNull(costs, "costs");
        airdrops = List.copyOf(airdrops);
        if (!(participation >= 0 && participation <= 1) || !(bidders >= 0 && bidders <= 1)
                || !(freeRiders >= 0 && freeRiders <= 1)) {
            throw new IllegalArgumentException("participation, bidders and free-riders are fractions in [0, 1]");
        }
        if (deposit <= 0 || trxHoldings < 0) {
            throw new IllegalArgumentException("deposit must be positive, trx-holdings not negative");
        }
    }

    /**
     * BTT sent from the funder to every participant present, first at {@code firstMicros}, then
     * every {@code everyMicros} if that is not 0.
     */
    public record Airdrop(long firstMicros, long everyMicros, long amount) {
        public Airdrop {
            if (firstMicros < 0 || everyMicros < 0 || amount <= 0) {
                throw new IllegalArgumentException("an airdrop needs a time not before 0 and a positive amount");
            }
        }
    }

    /**
     * An exchange purchase: a participant whose free BTT (not escrowed) is below {@code below}
     * when it needs to open a channel buys {@code amount} from the funder's account, which stands
     * for the exchanges, and waits for the transfer as for its first funding.
     */
    public record TopUp(long below, long amount) {
        public TopUp {
            if (below <= 0 || amount <= 0) {
                throw new IllegalArgumentException("a top-up needs a positive threshold and amount");
            }
        }
    }

    /**
     * What staying online to seed costs a peer (<i>assumptions</i>, scenario parameters).
     *
     * @param uploadUsdPerGiB per GiB of payload uploaded (metered bandwidth)
     * @param onlineUsdPerHour per hour online (power, the machine's wear)
     */
    public record Costs(double uploadUsdPerGiB, double onlineUsdPerHour) {
        public Costs {
            if (!(uploadUsdPerGiB >= 0) || !(onlineUsdPerHour >= 0) || Double.isInfinite(uploadUsdPerGiB)
                    || Double.isInfinite(onlineUsdPerHour)) {
                throw new IllegalArgumentException("costs are finite and not negative");
            }
        }
    }
}
