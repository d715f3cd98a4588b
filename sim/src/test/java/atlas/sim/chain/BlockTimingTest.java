package atlas.sim.chain;

import static atlas.sim.chain.ChainFixture.BTT;
import static atlas.sim.chain.ChainFixture.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the block schedule: a transaction lands in the first block produced after it was
 * submitted and becomes solid when the nineteenth block after that one is produced, so missed
 * slots delay both; a full block pushes the rest to the next; a transaction that waits past its
 * expiration is dropped.
 */
class BlockTimingTest {

    private static final long SLOT = 3 * SECOND;

    @Test
    void withoutMissedSlotsInclusionIsTheNextSlotAndSolidityNineteenLater() {
        ChainFixture f = ChainFixture.standard();
        f.chain.advanceTo(10 * SECOND);
        SignedTransaction tx = f.sign(f.users.get(0), new Operation.TransferAsset(f.address(1), BTT, 5));
        assertEquals(Outcome.OK, f.chain.submit(tx, f.recorder));
        f.chain.advanceTo(12 * SECOND - 1);
        assertTrue(f.includedAt.isEmpty());
        f.chain.advanceTo(12 * SECOND);
        assertEquals(12 * SECOND, f.includedAt.get(tx.id()));
        assertEquals(4, f.includedIn.get(tx.id()));
        f.chain.advanceTo(12 * SECOND + 19 * SLOT - 1);
        assertTrue(f.solidifiedAt.isEmpty());
        f.chain.advanceTo(12 * SECOND + 19 * SLOT);
        assertEquals(12 * SECOND + 19 * SLOT, f.solidifiedAt.get(tx.id()));
        ChainStats stats = f.chain.stats();
        assertEquals(2 * SECOND, stats.meanInclusionDelayMicros());
        assertEquals(2 * SECOND + 19 * SLOT, stats.maxSolidificationDelayMicros());
    }

    @Test
    void aSubmissionFromACallbackWaitsForTheNextBlock() {
        ChainFixture f = ChainFixture.standard();
        Operation pay = new Operation.TransferAsset(f.address(1), BTT, 5);
        List<SignedTransaction> followUps = new ArrayList<>();
        TransactionListener chained = new TransactionListener() {
            @Override
            public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
                assertEquals(blockTimeMicros, f.chain.nowMicros());
                SignedTransaction next = f.sign(f.users.get(0), pay);
                followUps.add(next);
                assertEquals(Outcome.OK, f.chain.submit(next, f.recorder));
            }

            @Override
            public void onSolidified(TxId id, long blockNumber, long nowMicros) {
            }

            @Override
            public void onDropped(TxId id, Outcome reason, long nowMicros) {
            }
        };
        assertEquals(Outcome.OK, f.chain.submit(f.sign(f.users.get(0), pay), chained));
        f.chain.advanceTo(2 * SLOT);
        assertEquals(1, followUps.size());
        assertEquals(2 * SLOT, f.includedAt.get(followUps.get(0).id()));
        assertEquals(SLOT, f.chain.stats().maxInclusionDelayMicros());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void missedSlotsDelayInclusionAndSolidification(long seed) {
        ChainFixture f = new ChainFixture(ChainParameters.defaults().withMissedSlotProbability(0.3), seed, 4,
                1_000_000, 1000 * SECOND);
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Long> blockTimes = new ArrayList<>();
        blockTimes.add(0L);
        Map<TxId, Long> submittedAt = new HashMap<>();
        long now = 0;
        for (int slot = 1; slot <= 200; slot++) {
            // A few submissions at random moments inside the slot, then the slot itself.
            for (int i = random.nextInt(3); i > 0; i--) {
                now = Math.max(now, (slot - 1) * SLOT + random.nextLong(SLOT));
                f.chain.advanceTo(now);
                SignedTransaction tx = f.sign(f.users.get(random.nextInt(4)), new Operation.TransferAsset(
                        f.address(random.nextInt(4)), BTT, 1));
                if (f.chain.submit(tx, f.recorder).isOk()) {
                    submittedAt.put(tx.id(), now);
                }
            }
            now = slot * SLOT;
            long before = f.chain.headBlockNumber();
            f.chain.advanceTo(now);
            if (f.chain.headBlockNumber() > before) {
                blockTimes.add(now);
                // Representatives take slots in turn, whether or not the previous one produced.
                assertEquals(slot % 27, f.chain.headBlockProducer());
            }
        }
        long delayed = 0;
        for (Map.Entry<TxId, Long> entry : submittedAt.entrySet()) {
            long block = f.includedIn.get(entry.getKey());
            long included = f.includedAt.get(entry.getKey());
            assertEquals(blockTimes.get((int) block), included);
            // The first block produced after submission.
            assertTrue(blockTimes.get((int) block - 1) <= entry.getValue() && entry.getValue() < included);
            if (block + 19 < blockTimes.size()) {
                assertEquals(blockTimes.get((int) block + 19), f.solidifiedAt.get(entry.getKey()));
            }
            if (included - entry.getValue() > SLOT) {
                delayed++;
            }
        }
        assertTrue(f.chain.stats().missedSlots() > 0);
        assertTrue(delayed > 0, "no submission waited through a missed slot");
        assertEquals(blockTimes.size() - 1 + f.chain.stats().missedSlots(), 200);
    }

    @Test
    void aFullBlockDefersAndWaitingTooLongExpires() {
        // Room for one BTT transfer (213 bytes) per block: 25 submitted at once, 60 s to live.
        ChainFixture f = new ChainFixture(ChainParameters.defaults().withMaxBlockBytes(300), 5, 2, 1_000_000,
                1000 * SECOND);
        List<SignedTransaction> txs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            SignedTransaction tx = f.sign(f.users.get(0), new Operation.TransferAsset(f.address(1), BTT, 1));
            assertEquals(Outcome.OK, f.chain.submit(tx, f.recorder));
            txs.add(tx);
        }
        f.chain.advanceTo(90 * SECOND);
        for (int i = 0; i < 19; i++) {
            assertEquals((i + 1) * SLOT, f.includedAt.get(txs.get(i).id()));
        }
        for (int i = 19; i < 25; i++) {
            assertEquals(Outcome.EXPIRED, f.droppedFor.get(txs.get(i).id()));
        }
        ChainStats stats = f.chain.stats();
        assertEquals(19, stats.included());
        assertEquals(6, stats.dropped());
        assertEquals(0, f.chain.pendingTransactions());
        assertEquals((19 * 213.0 / 300) / 30, stats.meanBlockFullness(), 1e-12);
    }
}
