package atlas.protocols.peer;

import atlas.protocols.bid.FixedBid;
import atlas.protocols.bid.FixedBidParams;
import atlas.protocols.chain.Address;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Ed25519Signer;
import atlas.protocols.chain.Ed25519Verifier;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import atlas.protocols.pay.Participation;
import atlas.protocols.pay.PayAsYouGoParams;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Test double: a chain node that knows no account or channel and refuses every transaction,
 * counting them, for peers with the extension whose transfers should never touch the chain (no
 * bids, or a remote without the extension) and for hostile peers whose channels it must not find.
 */
final class NoChain implements Chain {

    private final AtomicInteger submitted = new AtomicInteger();

    /** Transactions peers tried to submit. */
    int submitted() {
        return submitted.get();
    }

    /**
     * A participant on this chain with its own Ed25519 key, bidding 1 BTT per MiB if it bids;
     * announced channels are given up on after 1 s.
     */
    SpeedSettings participant(long keySeed, Participation participation) {
        return new SpeedSettings(this, Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(keySeed)),
                new Ed25519Verifier(), 1_002_000, participation,
                participation.bids() ? new FixedBid(FixedBidParams.DEFAULTS) : null, PayAsYouGoParams.DEFAULTS, 1_000_000,
                86_400_000_000L, 3_600_000_000L, 1_000_000L);
    }

    @Override
    public long trxBalance(Address account) {
        return 0;
    }

    @Override
    public long assetBalance(Address account, long assetId) {
        return 0;
    }

    @Override
    public boolean accountExists(Address account) {
        return false;
    }

    @Override
    public Optional<ChannelView> channel(TxId id) {
        return Optional.empty();
    }

    @Override
    public long headBlockTimeMicros() {
        return 0;
    }

    @Override
    public Outcome submit(SignedTransaction transaction, TransactionListener listener) {
        submitted.incrementAndGet();
        return Outcome.OWNER_NOT_FOUND;
    }
}
