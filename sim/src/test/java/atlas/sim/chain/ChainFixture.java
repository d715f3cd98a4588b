package atlas.sim.chain;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A mock chain with {@code users} genesis accounts ("user-0", ...) holding the same BTT and TRX,
 * signed for with simulated keys, plus helpers that build, sign and submit operations and that
 * record what listeners hear.
 */
final class ChainFixture {

    static final long BTT = GenesisAllocation.BTT_ASSET_ID;
    static final long SECOND = 1_000_000L;

    final SimulatedKeys keys;
    final MockChain chain;
    final List<Signer> users = new ArrayList<>();
    final Map<TxId, Long> includedAt = new HashMap<>();
    final Map<TxId, Long> includedIn = new HashMap<>();
    final Map<TxId, Long> solidifiedAt = new HashMap<>();
    final Map<TxId, Outcome> droppedFor = new HashMap<>();
    final TransactionListener recorder = new TransactionListener() {
        @Override
        public void onIncluded(TxId id, long blockNumber, long blockTimeMicros) {
            includedAt.put(id, blockTimeMicros);
            includedIn.put(id, blockNumber);
        }

        @Override
        public void onSolidified(TxId id, long blockNumber, long nowMicros) {
            solidifiedAt.put(id, nowMicros);
        }

        @Override
        public void onDropped(TxId id, Outcome reason, long nowMicros) {
            droppedFor.put(id, reason);
        }
    };
    private long timestamp;

    ChainFixture(ChainParameters params, long seed, int users, long bttEach, long trxEach) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        keys = new SimulatedKeys(random);
        List<GenesisAllocation.Line> lines = new ArrayList<>();
        Map<String, Address> addresses = new HashMap<>();
        for (int i = 0; i < users; i++) {
            Signer signer = keys.newSigner();
            this.users.add(signer);
            lines.add(new GenesisAllocation.Line("user-" + i, bttEach));
            addresses.put("user-" + i, signer.address());
        }
        GenesisAllocation genesis = new GenesisAllocation(BTT, 6, Math.multiplyExact(bttEach, users), lines, trxEach);
        chain = new MockChain(params, genesis, addresses::get, keys, random);
    }

    static ChainFixture standard() {
        return new ChainFixture(ChainParameters.defaults(), 1, 4, 1_000_000, 100 * SECOND);
    }

    Address address(int user) {
        return users.get(user).address();
    }

    /** Signs {@code op} for {@code from} with a fresh timestamp (so equal operations are distinct transactions). */
    SignedTransaction sign(Signer from, Operation op) {
        long now = chain.nowMicros();
        Transaction tx = new Transaction(from.address(), op, now + (timestamp++), now + 60 * SECOND);
        return SignedTransaction.sign(tx, from);
    }

    Outcome submit(Signer from, Operation op) {
        return chain.submit(sign(from, op), recorder);
    }

    /** Submits and runs the next block; returns the submission outcome or, if accepted, the block's. */
    Outcome run(Signer from, Operation op) {
        SignedTransaction signed = sign(from, op);
        Outcome outcome = chain.submit(signed, recorder);
        if (!outcome.isOk()) {
            return outcome;
        }
        chain.advanceTo(chain.nextSlotMicros());
        return droppedFor.getOrDefault(signed.id(), includedAt.containsKey(signed.id()) ? Outcome.OK : null);
    }

    /** Opens a channel from {@code payer} to {@code recipient} in the next block; returns its id. */
    TxId open(Signer payer, Signer recipient, long deposit, long expiresAt) {
        SignedTransaction signed = sign(payer, new Operation.OpenChannel(recipient.publicKey(), BTT, deposit, expiresAt));
        if (!chain.submit(signed, recorder).isOk()) {
            throw new IllegalStateException("open refused");
        }
        chain.advanceTo(chain.nextSlotMicros());
        return signed.id();
    }

    SignedState byPayer(Signer payer, ChannelState state) {
        return SignedState.byPayer(state, payer.sign(state.updateMessage()));
    }

    SignedState bothSigned(Signer payer, Signer recipient, ChannelState state) {
        return byPayer(payer, state).countersigned(recipient.sign(state.updateMessage()));
    }

    SignedState finalState(Signer payer, Signer recipient, ChannelState state) {
        return SignedState.byPayer(state, payer.sign(state.finalMessage()))
                .countersigned(recipient.sign(state.finalMessage()));
    }

    ChannelView channel(TxId id) {
        return chain.channel(id).orElseThrow();
    }

    /** Everything a client can observe about the users, the given channels and the fees burned. */
    List<Object> snapshot(TxId... channels) {
        List<Object> all = new ArrayList<>();
        for (Signer user : users) {
            all.add(List.of(chain.trxBalance(user.address()), chain.assetBalance(user.address(), BTT)));
        }
        for (TxId id : channels) {
            all.add(chain.channel(id));
        }
        all.add(chain.stats().feesBurnedSun());
        return all;
    }

    long btt(int user) {
        return chain.assetBalance(address(user), BTT);
    }

    long trx(int user) {
        return chain.trxBalance(address(user));
    }
}
