package atlas.sim.chain;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.ChannelRules;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TxId;
import atlas.protocols.chain.Verifier;
import java.util.HashMap;
import java.util.Map;

/**
 * The chain's state and its transition function: accounts, TRC-10 balances, channels and the TRX
 * burned. {@link #check} applies the rules without changing anything; {@link #execute} checks,
 * then applies. A rejected transaction changes nothing, so the chain stays consistent however
 * hostile its users.
 *
 * <p>Transfers follow java-tron's {@code TransferActuator} and {@code TransferAssetActuator}
 * validations; fees follow {@code BandwidthProcessor}: a transaction that creates an account burns
 * the creation fee plus the creation bandwidth fee; otherwise it bills its serialized size plus
 * the result bytes to the owner's free daily bandwidth if that covers all of it, else burns the
 * bandwidth price per byte, else fails. Staked bandwidth and the issuer's free asset bandwidth are
 * not modelled (no one stakes here). Channel calls cost bandwidth only, as if they were system
 * contracts; on Tron they would be smart-contract calls that also use energy.
 */
final class Ledger {

    final ChainParameters params;
    final Verifier verifier;
    final long[] assetIds;
    final Map<Address, Account> accounts = new HashMap<>();
    final Map<TxId, ChannelRecord> channels = new HashMap<>();
    long burnedSun;

    // The plan check() leaves for apply(): one transaction's effects, in fields so checking allocates nothing.
    private Account owner;
    private Account target;
    private long trxDebit;
    private long feeSun;
    private long freeBytes;
    private long day;
    private int asset;
    private ChannelRecord channel;

    Ledger(ChainParameters params, Verifier verifier, long[] assetIds) {
        this.params = params;
        this.verifier = verifier;
        this.assetIds = assetIds.clone();
    }

    /** The account at {@code address}, created empty if missing (genesis only). */
    Account genesisAccount(Address address) {
        return accounts.computeIfAbsent(address, a -> new Account(assetIds.length));
    }

    /** Index of asset {@code assetId}, or -1 if no such asset was issued. */
    int assetIndex(long assetId) {
        for (int i = 0; i < assetIds.length; i++) {
            if (assetIds[i] == assetId) {
                return i;
            }
        }
        return -1;
    }

    /** Base units of asset index {@code asset} in all accounts. */
    long assetInAccounts(int asset) {
        long sum = 0;
        for (Account account : accounts.values()) {
            sum = Math.addExact(sum, account.assets[asset]);
        }
        return sum;
    }

    /** Base units of asset index {@code asset} deposited in channels not yet settled. */
    long assetEscrowed(int asset) {
        long sum = 0;
        for (ChannelRecord channel : channels.values()) {
            if (!channel.settled && channel.asset == asset) {
                sum = Math.addExact(sum, channel.deposit);
            }
        }
        return sum;
    }

    /** TRX in all accounts, sun. */
    long trxInAccounts() {
        long sum = 0;
        for (Account account : accounts.values()) {
            sum = Math.addExact(sum, account.trx);
        }
        return sum;
    }

    /** Whether {@code signed} would succeed at time {@code now}; changes nothing. */
    Outcome check(SignedTransaction signed, long now) {
        Transaction tx = signed.transaction();
        owner = accounts.get(tx.owner());
        target = null;
        channel = null;
        trxDebit = 0;
        feeSun = 0;
        freeBytes = 0;
        if (owner == null) {
            return Outcome.OWNER_NOT_FOUND;
        }
        Operation op = tx.operation();
        Outcome outcome;
        if (op instanceof Operation.TransferTrx transfer) {
            outcome = checkTrx(tx.owner(), transfer);
        } else if (op instanceof Operation.TransferAsset transfer) {
            outcome = checkAsset(tx.owner(), transfer);
        } else if (op instanceof Operation.OpenChannel open) {
            outcome = checkOpen(tx.owner(), open, now);
        } else if (op instanceof Operation.CloseChannel close) {
            outcome = checkClose(tx.owner(), close.finalState());
        } else if (op instanceof Operation.SubmitState submit) {
            outcome = checkSubmit(tx.owner(), submit.state(), now);
        } else {
            outcome = checkSettle(tx.owner(), ((Operation.SettleChannel) op).channel(), now);
        }
        return outcome.isOk() ? checkBandwidth(tx, now) : outcome;
    }

    /** Checks {@code signed} and, if it passes, applies it at time {@code now}. */
    Outcome execute(SignedTransaction signed, long now) {
        Outcome outcome = check(signed, now);
        if (outcome.isOk()) {
            apply(signed, now);
        }
        return outcome;
    }

    private Outcome checkTrx(Address from, Operation.TransferTrx transfer) {
        long amount = transfer.amount();
        if (amount <= 0) {
            return Outcome.AMOUNT_NOT_POSITIVE;
        }
        if (transfer.to().equals(from)) {
            return Outcome.TO_SELF;
        }
        target = accounts.get(transfer.to());
        long creation = target == null ? params.createAccountFeeSun() : 0;
        if (amount > Long.MAX_VALUE - creation || owner.trx < amount + creation) {
            return Outcome.INSUFFICIENT_BALANCE;
        }
        if (target != null && target.trx > Long.MAX_VALUE - amount) {
            return Outcome.OVERFLOW;
        }
        trxDebit = amount;
        return Outcome.OK;
    }

    private Outcome checkAsset(Address from, Operation.TransferAsset transfer) {
        long amount = transfer.amount();
        if (amount <= 0) {
            return Outcome.AMOUNT_NOT_POSITIVE;
        }
        if (transfer.to().equals(from)) {
            return Outcome.TO_SELF;
        }
        asset = assetIndex(transfer.assetId());
        if (asset < 0) {
            return Outcome.UNKNOWN_ASSET;
        }
        if (owner.assets[asset] < amount) {
            return Outcome.INSUFFICIENT_ASSET_BALANCE;
        }
        target = accounts.get(transfer.to());
        if (target == null && owner.trx < params.createAccountFeeSun()) {
            return Outcome.INSUFFICIENT_BALANCE;
        }
        if (target != null && target.assets[asset] > Long.MAX_VALUE - amount) {
            return Outcome.OVERFLOW;
        }
        return Outcome.OK;
    }

    private Outcome checkOpen(Address from, Operation.OpenChannel open, long now) {
        if (open.deposit() <= 0) {
            return Outcome.AMOUNT_NOT_POSITIVE;
        }
        Address recipient = Address.fromPublicKey(open.recipientKey());
        if (recipient.equals(from)) {
            return Outcome.TO_SELF;
        }
        asset = assetIndex(open.assetId());
        if (asset < 0) {
            return Outcome.UNKNOWN_ASSET;
        }
        if (!accounts.containsKey(recipient)) {
            return Outcome.RECIPIENT_NOT_FOUND;
        }
        if (open.expiresAtMicros() <= now) {
            return Outcome.EXPIRY_NOT_IN_FUTURE;
        }
        if (open.expiresAtMicros() > Long.MAX_VALUE - params.challengeWindowMicros()) {
            return Outcome.OVERFLOW;
        }
        if (owner.assets[asset] < open.deposit()) {
            return Outcome.INSUFFICIENT_ASSET_BALANCE;
        }
        return Outcome.OK;
    }

    /** Finds the channel a state or id names and checks that it is live and {@code from} is a party. */
    private Outcome findChannel(Address from, TxId id) {
        channel = channels.get(id);
        if (channel == null) {
            return Outcome.CHANNEL_NOT_FOUND;
        }
        if (channel.settled) {
            return Outcome.CHANNEL_CLOSED;
        }
        return channel.isParty(from) ? Outcome.OK : Outcome.NOT_A_PARTY;
    }

    private Outcome checkClose(Address from, SignedState finalState) {
        Outcome found = findChannel(from, finalState.state().channel());
        if (!found.isOk()) {
            return found;
        }
        Outcome rules = ChannelRules.checkFinal(finalState, channel.id, channel.deposit, channel.payerKey,
                channel.recipientKey, verifier);
        return rules.isOk() ? checkSplit(finalState.state().paid()) : rules;
    }

    private Outcome checkSubmit(Address from, SignedState signed, long now) {
        Outcome found = findChannel(from, signed.state().channel());
        if (!found.isOk()) {
            return found;
        }
        if (now >= channel.deadlineMicros()) {
            return Outcome.DEADLINE_PASSED;
        }
        ChannelState state = signed.state();
        if (channel.firstSubmissionMicros == ChannelRecord.NONE && state.equals(channel.submitted)) {
            // The opening state: starts the window without signatures (rule 4).
            return Outcome.OK;
        }
        Outcome rules = ChannelRules.checkUpdate(signed, channel.submitted, channel.deposit, channel.payerKey, verifier);
        if (rules.isOk() && from.equals(channel.payer)) {
            // The payer signs anything; only a state the recipient countersigned binds the recipient.
            return ChannelRules.checkCountersignature(signed, channel.recipientKey, verifier);
        }
        return rules;
    }

    private Outcome checkSettle(Address from, TxId id, long now) {
        Outcome found = findChannel(from, id);
        if (!found.isOk()) {
            return found;
        }
        if (now < channel.deadlineMicros()) {
            return Outcome.WINDOW_OPEN;
        }
        return checkSplit(channel.submitted.paid());
    }

    private Outcome checkSplit(long paid) {
        int a = channel.asset;
        if (accounts.get(channel.recipient).assets[a] > Long.MAX_VALUE - paid
                || accounts.get(channel.payer).assets[a] > Long.MAX_VALUE - (channel.deposit - paid)) {
            return Outcome.OVERFLOW;
        }
        return Outcome.OK;
    }

    private Outcome checkBandwidth(Transaction tx, long now) {
        long available = owner.trx - trxDebit;
        boolean creates = target == null
                && (tx.operation() instanceof Operation.TransferTrx || tx.operation() instanceof Operation.TransferAsset);
        if (creates) {
            // java-tron consumeForCreateNewAccount: no free bandwidth for account creation.
            long creation = params.createAccountFeeSun();
            if (available - creation < params.createAccountBandwidthFeeSun()) {
                return Outcome.INSUFFICIENT_BANDWIDTH;
            }
            feeSun = creation + params.createAccountBandwidthFeeSun();
            return Outcome.OK;
        }
        long bytes = (long) tx.serializedSize() + params.resultBytes();
        day = now / ChainParameters.DAY_MICROS;
        if (owner.freeUsedOn(day) + bytes <= params.freeBandwidthBytes()) {
            freeBytes = bytes;
            return Outcome.OK;
        }
        long burn = bytes * params.bandwidthPriceSun();
        if (available < burn) {
            return Outcome.INSUFFICIENT_BANDWIDTH;
        }
        feeSun = burn;
        return Outcome.OK;
    }

    private void apply(SignedTransaction signed, long now) {
        Transaction tx = signed.transaction();
        owner.trx -= Math.addExact(trxDebit, feeSun);
        burnedSun = Math.addExact(burnedSun, feeSun);
        if (freeBytes > 0) {
            owner.freeUsed = owner.freeUsedOn(day) + freeBytes;
            owner.freeDay = day;
        }
        Operation op = tx.operation();
        if (op instanceof Operation.TransferTrx transfer) {
            Account to = target != null ? target : genesisAccount(transfer.to());
            to.trx = Math.addExact(to.trx, transfer.amount());
        } else if (op instanceof Operation.TransferAsset transfer) {
            Account to = target != null ? target : genesisAccount(transfer.to());
            owner.assets[asset] -= transfer.amount();
            to.assets[asset] = Math.addExact(to.assets[asset], transfer.amount());
        } else if (op instanceof Operation.OpenChannel open) {
            owner.assets[asset] -= open.deposit();
            byte[] recipientKey = open.recipientKey();
            channels.put(signed.id(), new ChannelRecord(signed.id(), tx.owner(), signed.publicKey(),
                    Address.fromPublicKey(recipientKey), recipientKey, asset, open.deposit(), open.expiresAtMicros(),
                    params.challengeWindowMicros()));
        } else if (op instanceof Operation.CloseChannel close) {
            channel.submitted = close.finalState().state();
            settle();
        } else if (op instanceof Operation.SubmitState submit) {
            channel.submitted = submit.state().state();
            channel.firstSubmissionMicros = Math.min(channel.firstSubmissionMicros, now);
        } else {
            settle();
        }
    }

    /** Splits the escrow by the latest submitted state. */
    private void settle() {
        long paid = channel.submitted.paid();
        Account recipient = accounts.get(channel.recipient);
        Account payer = accounts.get(channel.payer);
        recipient.assets[channel.asset] = Math.addExact(recipient.assets[channel.asset], paid);
        payer.assets[channel.asset] = Math.addExact(payer.assets[channel.asset], channel.deposit - paid);
        channel.settled = true;
    }
}
