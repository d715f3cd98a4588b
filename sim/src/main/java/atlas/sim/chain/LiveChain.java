package atlas.sim.chain;

import atlas.protocols.Clock;
import atlas.protocols.chain.Address;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * A {@link MockChain} on a real clock, for real peers on threads (issue 8): the mock chain's
 * virtual time is the clock's time since this adapter was made (plus the chain's time then), so
 * blocks come every {@link ChainParameters#blockIntervalMicros()} of real time; tests use short
 * intervals (50 ms) to run fast. The mock chain stays what it is, single-threaded and ignorant of
 * peers: this class serialises every call on one lock and, before each, produces the blocks due
 * by now. A daemon thread started by {@link #start} produces them on time when nobody calls, so
 * that transactions are included and their listeners told without anyone polling.
 *
 * <p>Listeners are called on whichever thread produced the block, holding this chain's lock: they
 * must hand work to their own thread, not call back into the chain from another one and wait.
 */
public final class LiveChain implements Chain, AutoCloseable {

    private final MockChain chain;
    private final Clock clock;
    /** Clock reading that maps to the chain's time at construction. */
    private final long originMicros;
    private final long chainOriginMicros;
    private Thread producer;
    private volatile boolean closed;

    /** Drives {@code chain} from {@code clock} (microseconds, never decreasing) from now on. */
    public LiveChain(MockChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
        this.originMicros = clock.micros();
        this.chainOriginMicros = chain.nowMicros();
    }

    /** A clock backed by {@link System#nanoTime()}. */
    public static Clock systemClock() {
        return () -> System.nanoTime() / 1000;
    }

    /** Starts the daemon thread that produces each block at its slot time; call once. */
    public synchronized LiveChain start() {
        if (producer != null || closed) {
            throw new IllegalStateException("start once, before close");
        }
        producer = new Thread(this::produce, "live-chain");
        producer.setDaemon(true);
        producer.start();
        return this;
    }

    /** Runs {@code query} on the mock chain at the current time, under the lock (stats, head block, test checks). */
    public synchronized <T> T read(Function<MockChain, T> query) {
        catchUp();
        return query.apply(chain);
    }

    @Override
    public synchronized long trxBalance(Address account) {
        catchUp();
        return chain.trxBalance(account);
    }

    @Override
    public synchronized long assetBalance(Address account, long assetId) {
        catchUp();
        return chain.assetBalance(account, assetId);
    }

    @Override
    public synchronized boolean accountExists(Address account) {
        catchUp();
        return chain.accountExists(account);
    }

    @Override
    public synchronized Optional<ChannelView> channel(TxId id) {
        catchUp();
        return chain.channel(id);
    }

    @Override
    public synchronized long headBlockTimeMicros() {
        catchUp();
        return chain.headBlockTimeMicros();
    }

    @Override
    public synchronized Outcome submit(SignedTransaction transaction, TransactionListener listener) {
        catchUp();
        return chain.submit(transaction, listener);
    }

    /** Stops the producing thread; the chain keeps answering calls, catching up as they come. */
    @Override
    public void close() throws InterruptedException {
        Thread t;
        synchronized (this) {
            closed = true;
            t = producer;
        }
        if (t != null) {
            t.interrupt();
            t.join();
        }
    }

    /** The chain's time now by the clock. */
    private long virtualNow() {
        return chainOriginMicros + Math.max(0, clock.micros() - originMicros);
    }

    private void catchUp() {
        long now = virtualNow();
        if (now > chain.nowMicros()) {
            chain.advanceTo(now);
        }
    }

    private void produce() {
        while (!closed && !Thread.currentThread().isInterrupted()) {
            long waitMicros;
            synchronized (this) {
                catchUp();
                waitMicros = chain.nextSlotMicros() - virtualNow();
            }
            if (waitMicros > 0) {
                LockSupport.parkNanos(this, waitMicros * 1000);
            }
        }
    }
}
