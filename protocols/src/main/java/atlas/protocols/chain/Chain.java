package atlas.protocols.chain;

import java.util.Optional;

/**
 * What the payment logic needs from a Tron node: balances, channel records, the head block's
 * time, and submitting signed transactions. Submission checks what a node checks on broadcast
 * (java-tron {@code Manager.pushTransaction}) and returns the first rule broken; an accepted
 * transaction is reported to its listener when a block includes it (or drops it) and when that
 * block becomes solid.
 */
public interface Chain {

    /** TRX balance in sun; 0 for an account that does not exist. */
    long trxBalance(Address account);

    /** Balance of TRC-10 asset {@code assetId} in base units; 0 if none. */
    long assetBalance(Address account, long assetId);

    /** Whether the account exists (was created by genesis or by receiving a transfer). */
    boolean accountExists(Address account);

    /** The channel opened by transaction {@code id}, once a block included it. */
    Optional<ChannelView> channel(TxId id);

    /** Time of the latest block, in microseconds. */
    long headBlockTimeMicros();

    /** Queues a signed transaction for the next blocks, or says why a node would refuse it. */
    Outcome submit(SignedTransaction transaction, TransactionListener listener);
}
