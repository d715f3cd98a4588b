package atlas.sim.chain;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import atlas.protocols.chain.Verifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Tron chain in virtual time (java-tron {@code Manager}, {@code BandwidthProcessor}, the
 * transfer actuators; rules in reference facts). Block slots fall every
 * {@link ChainParameters#blockIntervalMicros()} from genesis at time 0, slot {@code k} belonging to
 * representative {@code k mod representatives}; a representative misses its slot with
 * {@link ChainParameters#missedSlotProbability()}. Each block takes queued transactions in
 * submission order while they fit its size limit, runs them, and includes those that succeed; an
 * expired or failing one is dropped. The first that does not fit waits for the next block with
 * everything behind it (java-tron postpones it and tries later ones; with transactions of a few
 * hundred bytes against a 2 MB limit the difference is under one transaction per block, and
 * keeping submission order keeps one sender's transactions in the order sent). A block is solid once
 * {@link ChainParameters#solidificationBlocks()} more blocks follow it, so missed slots delay
 * both inclusion and solidification.
 *
 * <p>Submission checks what a node checks on broadcast: size, expiration, replay of an id still
 * remembered, the signature, and a dry run of the transaction against the current state. Unlike
 * java-tron, accepted transactions do not change a pending state: two that spend the same balance
 * are both accepted and the second fails in its block.
 *
 * <p>Time enters only through {@link #advanceTo(long)}; randomness (missed slots) through the
 * caller's generator. The chain knows nothing of peers or of the event engine.
 */
public final class MockChain implements Chain {

    private final ChainParameters params;
    private final GenesisAllocation genesis;
    private final Ledger ledger;
    private final UniformRandomProvider random;
    private final ArrayDeque<Pending> mempool = new ArrayDeque<>();
    /** Included blocks not yet solid, oldest first. */
    private final ArrayDeque<List<Pending>> unsolid = new ArrayDeque<>();
    /** Ids of queued and included transactions until they expire: replays are refused. */
    private final Map<TxId, Long> seen = new HashMap<>();
    private int seenAfterPrune;
    private long now;
    private long slot;
    private long headBlockTime;
    private long headSlot;
    private long headBlockNumber;

    private long submitted;
    private long rejected;
    private long included;
    private long dropped;
    private long missedSlots;
    private double fullnessSum;
    private long inclusionDelaySum;
    private long inclusionDelayMax;
    private long solidified;
    private long solidificationDelaySum;
    private long solidificationDelayMax;

    /**
     * A chain at genesis (time 0, block 0): the asset issued and allocated to one account per
     * category, each also given {@link GenesisAllocation#trxPerAccountSun()}.
     *
     * @param params the chain's rules
     * @param genesis the asset and its allocation
     * @param categoryAccount the address holding each category's allocation (distinct per category)
     * @param verifier the signature scheme every key on this chain uses
     * @param random draws missed slots
     */
    public MockChain(ChainParameters params, GenesisAllocation genesis, Function<String, Address> categoryAccount,
            Verifier verifier, UniformRandomProvider random) {
        this.params = params;
        this.genesis = genesis;
        this.ledger = new Ledger(params, verifier, new long[] {genesis.assetId()});
        this.random = random;
        for (GenesisAllocation.Line line : genesis.lines()) {
            Account account = ledger.genesisAccount(categoryAccount.apply(line.category()));
            account.assets[0] = Math.addExact(account.assets[0], line.amount());
            account.trx = Math.addExact(account.trx, genesis.trxPerAccountSun());
        }
        if (ledger.accounts.size() != genesis.lines().size()) {
            throw new IllegalArgumentException("genesis categories must map to distinct accounts");
        }
    }

    /** The time of the next block slot; the caller schedules {@link #advanceTo} then. */
    public long nextSlotMicros() {
        return (slot + 1) * params.blockIntervalMicros();
    }

    /** The current virtual time: the latest {@link #advanceTo} argument. */
    public long nowMicros() {
        return now;
    }

    /** Runs every block slot up to and including {@code nowMicros}; time never goes back. */
    public void advanceTo(long nowMicros) {
        if (nowMicros < now) {
            throw new IllegalArgumentException("time went back from " + now + " to " + nowMicros);
        }
        while (nextSlotMicros() <= nowMicros) {
            slot++;
            runSlot(slot * params.blockIntervalMicros());
        }
        now = nowMicros;
    }

    /** The representative that produced the latest block: its slot number modulo the representatives. */
    public int headBlockProducer() {
        return (int) (headSlot % params.representatives());
    }

    /** The block number of the latest block (0 is genesis). */
    public long headBlockNumber() {
        return headBlockNumber;
    }

    /** Transactions accepted but not yet included nor dropped. */
    public int pendingTransactions() {
        return mempool.size();
    }

    /** A transaction expiring after the default lifetime from now, as a client would build it. */
    public Transaction newTransaction(Address owner, Operation operation) {
        return new Transaction(owner, operation, now, now + params.defaultExpirationMicros());
    }

    /** The figures since genesis. */
    public ChainStats stats() {
        long blocks = headBlockNumber;
        return new ChainStats(submitted, rejected, included, dropped, blocks, missedSlots, ledger.burnedSun,
                blocks == 0 ? 0 : fullnessSum / blocks, included == 0 ? 0 : (double) inclusionDelaySum / included,
                inclusionDelayMax, solidified == 0 ? 0 : (double) solidificationDelaySum / solidified,
                solidificationDelayMax);
    }

    /**
     * Where the genesis asset and TRX are now, against what genesis issued; walks every account
     * and channel, so it is for the end of a run, not for every block.
     */
    public ChainSupply supply() {
        return new ChainSupply(genesis.totalSupply(), ledger.assetInAccounts(0), ledger.assetEscrowed(0),
                Math.multiplyExact(genesis.trxPerAccountSun(), (long) genesis.lines().size()), ledger.trxInAccounts(),
                ledger.burnedSun);
    }

    @Override
    public long trxBalance(Address account) {
        Account a = ledger.accounts.get(account);
        return a == null ? 0 : a.trx;
    }

    @Override
    public long assetBalance(Address account, long assetId) {
        Account a = ledger.accounts.get(account);
        int index = ledger.assetIndex(assetId);
        return a == null || index < 0 ? 0 : a.assets[index];
    }

    @Override
    public boolean accountExists(Address account) {
        return ledger.accounts.containsKey(account);
    }

    @Override
    public Optional<ChannelView> channel(TxId id) {
        ChannelRecord record = ledger.channels.get(id);
        return record == null ? Optional.empty() : Optional.of(record.view(ledger.assetIds[record.asset]));
    }

    @Override
    public long headBlockTimeMicros() {
        return headBlockTime;
    }

    @Override
    public Outcome submit(SignedTransaction transaction, TransactionListener listener) {
        Outcome outcome = admit(transaction);
        if (!outcome.isOk()) {
            rejected++;
            return outcome;
        }
        submitted++;
        seen.put(transaction.id(), transaction.transaction().expirationMicros());
        mempool.addLast(new Pending(transaction, listener, now));
        return Outcome.OK;
    }

    private Outcome admit(SignedTransaction signed) {
        Transaction tx = signed.transaction();
        if (tx.serializedSize() > params.maxTransactionBytes()) {
            return Outcome.TOO_LARGE;
        }
        if (tx.expirationMicros() <= now) {
            return Outcome.EXPIRED;
        }
        if (tx.expirationMicros() - now > params.maxExpirationMicros()) {
            return Outcome.EXPIRATION_TOO_FAR;
        }
        if (seen.containsKey(signed.id())) {
            return Outcome.DUPLICATE;
        }
        Outcome signature = signed.checkSignature(ledger.verifier);
        return signature.isOk() ? ledger.check(signed, now) : signature;
    }

    private void runSlot(long time) {
        if (params.missedSlotProbability() > 0 && random.nextDouble() < params.missedSlotProbability()) {
            missedSlots++;
            return;
        }
        headBlockNumber++;
        headBlockTime = time;
        headSlot = slot;
        // Listeners may submit from their callbacks: they do so at the block's time, and what they
        // submit waits for the next block.
        now = time;
        List<Pending> block = new ArrayList<>();
        long bytes = 0;
        for (int waiting = mempool.size(); waiting > 0; waiting--) {
            Pending next = mempool.peekFirst();
            Transaction tx = next.transaction.transaction();
            if (tx.expirationMicros() <= time) {
                mempool.pollFirst();
                drop(next, Outcome.EXPIRED, time);
                continue;
            }
            int size = tx.serializedSize();
            if (bytes + size > params.maxBlockBytes()) {
                break;
            }
            mempool.pollFirst();
            Outcome outcome = ledger.execute(next.transaction, time);
            if (!outcome.isOk()) {
                drop(next, outcome, time);
                continue;
            }
            bytes += size;
            block.add(next);
            included++;
            long delay = time - next.submittedMicros;
            inclusionDelaySum += delay;
            inclusionDelayMax = Math.max(inclusionDelayMax, delay);
            next.listener.onIncluded(next.transaction.id(), headBlockNumber, time);
        }
        fullnessSum += (double) bytes / params.maxBlockBytes();
        unsolid.addLast(block);
        if (unsolid.size() > params.solidificationBlocks()) {
            solidify(unsolid.pollFirst(), headBlockNumber - params.solidificationBlocks(), time);
        }
        pruneSeen(time);
    }

    private void drop(Pending pending, Outcome reason, long time) {
        dropped++;
        // A dropped transaction never took effect, so sending it again is not a replay.
        seen.remove(pending.transaction.id());
        pending.listener.onDropped(pending.transaction.id(), reason, time);
    }

    private void solidify(List<Pending> block, long blockNumber, long time) {
        for (Pending pending : block) {
            long delay = time - pending.submittedMicros;
            solidified++;
            solidificationDelaySum += delay;
            solidificationDelayMax = Math.max(solidificationDelayMax, delay);
            pending.listener.onSolidified(pending.transaction.id(), blockNumber, time);
        }
    }

    /** Forgets expired ids whenever the set has doubled since the last pass: amortised constant time. */
    private void pruneSeen(long time) {
        if (seen.size() > Math.max(1024, 2 * seenAfterPrune)) {
            seen.values().removeIf(expiration -> expiration <= time);
            seenAfterPrune = seen.size();
        }
    }

    /** A transaction waiting for a block, or for its block to become solid. */
    private record Pending(SignedTransaction transaction, TransactionListener listener, long submittedMicros) {
    }
}
