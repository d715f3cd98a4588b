package atlas.sim.swarm;

import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import atlas.sim.engine.Event;
import atlas.sim.engine.Timer;
import atlas.sim.scenario.IncentivesSettings;
import java.util.List;

/**
 * How participants come to hold BTT: the funder's genesis account (the scenario's {@code funder}
 * category, standing for the airdrops and exchanges through which users got their tokens) sends
 * each participant TRX for fees and its holdings on arrival, every participant present the
 * scenario's airdrops, and a participant short of BTT when it needs a channel the top-up it buys.
 * A participant may open channels once its holdings' transfer is included, and every transfer
 * that arrives wakes the connections that wait for money.
 */
final class Funder {

    private final Economy economy;
    private final IncentivesSettings settings;
    private final Signer account;
    private final long start;
    private final Airdrops airdrops;

    Funder(Economy economy, IncentivesSettings settings, Signer account) {
        this.economy = economy;
        this.settings = settings;
        this.account = account;
        this.start = balance();
        this.airdrops = settings.airdrops().isEmpty() ? null : new Airdrops(settings.airdrops());
    }

    void start() {
        if (airdrops != null) {
            airdrops.start();
        }
    }

    /** Sends a participant that just arrived its TRX and its {@code holdings} of BTT. */
    void fund(Wallet wallet, long holdings) {
        if (settings.trxHoldings() > 0) {
            economy.submit(account, new Operation.TransferTrx(wallet.address, settings.trxHoldings()),
                    TransactionListener.IGNORE);
        }
        if (holdings > 0) {
            send(wallet, holdings);
        } else {
            wallet.funded = true; // nothing to wait for: it holds no BTT until an airdrop or a top-up
        }
    }

    /** A participant about to open a channel with {@code free} BTT not escrowed buys a top-up if that is short. */
    void topUpIfShort(Wallet wallet, long free) {
        IncentivesSettings.TopUp topUp = settings.topUp();
        if (topUp != null && free < topUp.below() && !wallet.toppingUp) {
            wallet.toppingUp = true;
            send(wallet, topUp.amount());
        }
    }

    /** The account's BTT balance now. */
    long balance() {
        return economy.assetBalance(account.address());
    }

    /** BTT the account has lost since the run began: all that its included transfers sent. */
    long sent() {
        return start - balance();
    }

    private void send(Wallet wallet, long amount) {
        if (economy.submit(account, new Operation.TransferAsset(wallet.address, economy.assetId, amount),
                new Transfer(wallet, amount)).isOk()) {
            wallet.transfersInFlight++;
        }
    }

    /** A BTT transfer to a participant: its holdings, an airdrop or a top-up. */
    private final class Transfer implements TransactionListener {
        private final Wallet wallet;
        private final long amount;

        Transfer(Wallet wallet, long amount) {
            this.wallet = wallet;
            this.amount = amount;
        }

        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
            wallet.transfersInFlight--;
            wallet.funded = true;
            wallet.toppingUp = false;
            wallet.received += amount;
            economy.onFundsArrived(wallet);
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
            // Unfunded (the account ran dry), it opens no channel with this money: uploaders serve it
            // its credit and stop. A top-up may be tried again at its next channel.
            wallet.transfersInFlight--;
            wallet.toppingUp = false;
        }
    }

    /** The scenario's airdrops: at each one's time every participant present is sent its amount. */
    private final class Airdrops implements Event {
        private final List<IncentivesSettings.Airdrop> drops;
        private final long[] next;
        private final Timer timer;

        Airdrops(List<IncentivesSettings.Airdrop> drops) {
            this.drops = drops;
            this.next = drops.stream().mapToLong(IncentivesSettings.Airdrop::firstMicros).toArray();
            this.timer = economy.swarm.engine.timer(this, Swarm.PRIORITY_CHAIN);
        }

        void start() {
            timer.schedule(earliest());
        }

        @Override
        public void fire() {
            long now = economy.swarm.engine.now();
            for (int d = 0; d < next.length; d++) {
                if (next[d] != now) {
                    continue;
                }
                for (Peer peer : economy.swarm.peers()) {
                    if (peer.wallet != null && peer.isPresent()) {
                        send(peer.wallet, drops.get(d).amount());
                    }
                }
                long every = drops.get(d).everyMicros();
                next[d] = every == 0 ? Long.MAX_VALUE : now + every;
            }
            long earliest = earliest();
            if (earliest != Long.MAX_VALUE) {
                timer.schedule(earliest);
            }
        }

        private long earliest() {
            long earliest = Long.MAX_VALUE;
            for (long t : next) {
                earliest = Math.min(earliest, t);
            }
            return earliest;
        }
    }
}
