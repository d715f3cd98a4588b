package atlas.sim.chain;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chain seen through one client: passes every call on, counts the openings it submits and
 * remembers the channels they opened, once included, so that a test can find their escrow on chain.
 * It can also refuse the client's first cooperative closes, as a node does when the account has no
 * TRX for the fee.
 */
final class RecordingChain implements Chain {

    private final Chain chain;
    private final List<TxId> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger opensSubmitted = new AtomicInteger();
    private final AtomicInteger closesToRefuse;
    private final AtomicInteger closesRefused = new AtomicInteger();

    RecordingChain(Chain chain) {
        this(chain, 0);
    }

    /** Refuses the first {@code closesToRefuse} cooperative closes submitted through this view. */
    RecordingChain(Chain chain, int closesToRefuse) {
        this.chain = chain;
        this.closesToRefuse = new AtomicInteger(closesToRefuse);
    }

    /** Cooperative closes refused so far. */
    int closesRefused() {
        return closesRefused.get();
    }

    /** Channel openings submitted through this view, included or not. */
    int opensSubmitted() {
        return opensSubmitted.get();
    }

    /** Ids of the channels opened through this view, in inclusion order. */
    List<TxId> channels() {
        return List.copyOf(opened);
    }

    @Override
    public long trxBalance(Address account) {
        return chain.trxBalance(account);
    }

    @Override
    public long assetBalance(Address account, long assetId) {
        return chain.assetBalance(account, assetId);
    }

    @Override
    public boolean accountExists(Address account) {
        return chain.accountExists(account);
    }

    @Override
    public Optional<ChannelView> channel(TxId id) {
        return chain.channel(id);
    }

    @Override
    public long headBlockTimeMicros() {
        return chain.headBlockTimeMicros();
    }

    @Override
    public Outcome submit(SignedTransaction transaction, TransactionListener listener) {
        Operation operation = transaction.transaction().operation();
        if (operation instanceof Operation.CloseChannel && closesToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            closesRefused.incrementAndGet();
            return Outcome.INSUFFICIENT_BANDWIDTH;
        }
        if (!(operation instanceof Operation.OpenChannel)) {
            return chain.submit(transaction, listener);
        }
        opensSubmitted.incrementAndGet();
        return chain.submit(transaction, new TransactionListener() {
            @Override
            public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
                opened.add(id);
                listener.onIncluded(id, blockNumber, blockTimeMicros);
            }

            @Override
            public void onSolidified(TxId id, long blockNumber, long nowMicros) {
                listener.onSolidified(id, blockNumber, nowMicros);
            }

            @Override
            public void onDropped(TxId id, Outcome reason, long nowMicros) {
                listener.onDropped(id, reason, nowMicros);
            }
        });
    }
}
