package atlas.sim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The live chain produces a block at each slot of the clock it is given, no sooner and none
 * missed, includes transactions without anyone calling it once started, and keeps the mock
 * chain's books exact while threads submit at once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveChainTest {

    private static final long BLOCK = 50_000;
    private static final ChainParameters FAST = ChainParameters.defaults().withBlockIntervalMicros(BLOCK);

    @Test
    void blocksFollowTheClockFromWhereItStood() {
        ChainFixture f = new ChainFixture(FAST, 1, 2, 1_000, 100 * ChainFixture.SECOND);
        AtomicLong clock = new AtomicLong(7_000_000); // any origin: the chain's time starts at its own
        LiveChain live = new LiveChain(f.chain, clock::get);
        SignedTransaction transfer = f.sign(f.users.get(0), new Operation.TransferAsset(f.address(1), ChainFixture.BTT, 10));
        assertEquals(Outcome.OK, live.submit(transfer, f.recorder));

        clock.addAndGet(BLOCK - 1);
        assertEquals(0, live.headBlockTimeMicros());
        assertEquals(1_000, live.assetBalance(f.address(1), ChainFixture.BTT));
        clock.addAndGet(1);
        assertEquals(BLOCK, live.headBlockTimeMicros());
        assertEquals(BLOCK, f.includedAt.get(transfer.id()));
        assertEquals(1_010, live.assetBalance(f.address(1), ChainFixture.BTT));

        clock.addAndGet(20 * BLOCK + BLOCK / 2);
        assertEquals(21, live.read(MockChain::headBlockNumber));
        assertEquals(21 * BLOCK, live.headBlockTimeMicros());
    }

    @Test
    void onceStartedItIncludesTransactionsWithoutBeingCalled() throws Exception {
        ChainFixture f = new ChainFixture(FAST, 2, 2, 1_000, 100 * ChainFixture.SECOND);
        CountDownLatch included = new CountDownLatch(1);
        SignedTransaction transfer = f.sign(f.users.get(0), new Operation.TransferAsset(f.address(1), ChainFixture.BTT, 10));
        try (LiveChain live = new LiveChain(f.chain, LiveChain.systemClock()).start()) {
            assertEquals(Outcome.OK, live.submit(transfer, new Counting(included, ConcurrentHashMap.newKeySet())));
            included.await();
        }
        assertEquals(1, f.chain.stats().included());
    }

    @Test
    void threadsSubmittingAtOnceAreEachIncludedOnceAndNoTokenIsLost() throws Exception {
        int users = 4;
        int each = 25;
        ChainFixture f = new ChainFixture(FAST, 3, users, 1_000_000, 1_000 * ChainFixture.SECOND);
        List<List<SignedTransaction>> batches = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            List<SignedTransaction> batch = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                batch.add(f.sign(f.users.get(u), new Operation.TransferAsset(f.address((u + 1) % users),
                        ChainFixture.BTT, 1 + i)));
            }
            batches.add(batch);
        }
        CountDownLatch included = new CountDownLatch(users * each);
        Set<TxId> seen = ConcurrentHashMap.newKeySet();
        try (LiveChain live = new LiveChain(f.chain, LiveChain.systemClock()).start()) {
            List<Thread> threads = new ArrayList<>();
            for (List<SignedTransaction> batch : batches) {
                Thread t = new Thread(() -> {
                    for (SignedTransaction tx : batch) {
                        assertEquals(Outcome.OK, live.submit(tx, new Counting(included, seen)));
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            included.await();
            long total = 0;
            for (int u = 0; u < users; u++) {
                total += live.assetBalance(f.address(u), ChainFixture.BTT);
            }
            assertEquals(users * 1_000_000L, total);
        }
        assertEquals(users * each, seen.size());
        assertEquals(users * each, f.chain.stats().included());
    }

    /** Counts inclusions down and fails on anything else, or on a second report for one id. */
    private record Counting(CountDownLatch included, Set<TxId> seen) implements TransactionListener {
        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
            assertTrue(seen.add(id), "included twice: " + id);
            included.countDown();
        }

        @Override
        public void onSolidified(TxId id, long blockNumber, long nowMicros) {
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
            throw new AssertionError("dropped: " + reason.message());
        }
    }
}
