package atlas.sim.swarm;

import atlas.protocols.bid.BidStrategy;
import atlas.protocols.chain.Address;
import atlas.protocols.chain.Signer;
import atlas.protocols.pay.Participation;
import atlas.protocols.rate.RateMeter;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant's side of the token economy: its roles, its key and account, its bid strategy
 * and the money it has paid, earned and lost. A peer that does not take part has none.
 */
final class Wallet {
    final Participation participation;
    /** Null unless the peer bids. */
    final BidStrategy strategy;
    final Signer signer;
    final Address address;
    final byte[] publicKey;
    /** Its whole-torrent download rate, kept only for the bid strategy. */
    final RateMeter downloadMeter;

    /** Its funding transfer was included, or it was given none: it can open channels. */
    boolean funded;
    /** A top-up it bought is on its way. */
    boolean toppingUp;
    /** BTT the funder's transfers brought it (holdings, airdrops, top-ups), once included. */
    long received;
    /** Links waiting for the funding to open a channel. */
    final List<Link> waitingForFunds = new ArrayList<>();
    /** Deposits of opening transactions not yet included nor dropped. */
    long reserved;
    /** The funder's transfers to it submitted and not yet included nor dropped. */
    int transfersInFlight;
    /**
     * What submitted cooperative closes will pay it once included: the rest of its own channels'
     * deposits, and what it earned through channels paying it.
     */
    long returning;
    /** The price last announced, base units per MiB. */
    long bid;
    /** The last price its strategy asked while it still downloaded: a bid falls to 0 once nothing is left. */
    long downloadingBid;
    /** Accrued on download ledgers of closed connections: part of what the strategy has committed. */
    long committedClosed;
    long paid;
    long earned;
    /** What peers owed it for data when their connections closed. */
    long unpaidLost;
    /**
     * Its download complete, it has withdrawn its bid for good and settles each connection as its
     * last price arrives ({@code Economy.onDownloadComplete}).
     */
    boolean finished;
    /** A cheating client ({@code incentives.free-riders}): it bids, takes data and never pays. */
    boolean freeRider;

    Wallet(Participation participation, BidStrategy strategy, Signer signer, long rateWindowMicros) {
        this.participation = participation;
        this.strategy = strategy;
        this.signer = signer;
        this.publicKey = signer.publicKey();
        this.address = signer.address();
        this.downloadMeter = strategy == null ? null : new RateMeter(rateWindowMicros);
    }
}
