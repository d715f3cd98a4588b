package atlas.sim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TxId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the whole mock chain, as clients see it, over long seeded hostile streams with replays,
 * forged envelopes and missed slots: total BTT is constant, TRX falls only by the fees burned, no
 * balance is negative, a refused submission changes nothing, and the same seed gives the same chain.
 */
class ChainInvariantsTest {

    private static final long BTT = GenesisAllocation.BTT_ASSET_ID;
    private static final int USERS = 5;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24})
    void conservationOverHostileTraffic(long seed) {
        Run run = new Run(seed);
        run.play(2000);
        Map<Outcome, Integer> outcomes = run.outcomes;
        for (Outcome expected : List.of(Outcome.OK, Outcome.DUPLICATE, Outcome.BAD_SIGNATURE, Outcome.STALE_SEQUENCE,
                Outcome.BAD_PAYER_SIGNATURE, Outcome.TO_SELF)) {
            assertTrue(outcomes.containsKey(expected), () -> "never saw " + expected + " in " + outcomes);
        }
        assertTrue(run.fixture.chain.stats().feesBurnedSun() > 0);
        assertTrue(run.fixture.chain.stats().included() > 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void sameSeedSameChain(long seed) {
        Run first = new Run(seed);
        first.play(600);
        Run second = new Run(seed);
        second.play(600);
        assertEquals(first.fixture.chain.stats(), second.fixture.chain.stats());
        assertEquals(first.observe(), second.observe());
    }

    /** One seeded run: a fixture, its hostile traffic, and the checks after every step. */
    private static final class Run {
        final ChainFixture fixture;
        final HostileTraffic traffic;
        final UniformRandomProvider random;
        final List<SignedTransaction> sent = new ArrayList<>();
        final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        final long btt;
        final long trx;

        Run(long seed) {
            fixture = new ChainFixture(ChainParameters.defaults().withMissedSlotProbability(0.1), seed, USERS,
                    1_000_000, 200_000_000);
            random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1000);
            List<Signer> outsiders = List.of(fixture.keys.newSigner(), fixture.keys.newSigner());
            traffic = new HostileTraffic(random, fixture.users, outsiders, BTT, 
                    id -> fixture.chain.channel(id).filter(c -> c.status() != ChannelView.Status.SETTLED).isPresent());
            btt = totalBtt();
            trx = totalTrx();
        }

        void play(int steps) {
            for (int step = 0; step < steps; step++) {
                long now = fixture.chain.nowMicros() + random.nextLong(4_000_000);
                fixture.chain.advanceTo(now);
                SignedTransaction tx = pick(now);
                List<Object> before = observe();
                Outcome outcome = fixture.chain.submit(tx, fixture.recorder);
                outcomes.merge(outcome, 1, Integer::sum);
                if (!outcome.isOk()) {
                    assertEquals(before, observe(), () -> outcome + " changed the state");
                }
                sent.add(tx);
                assertEquals(btt, totalBtt());
                assertEquals(trx, totalTrx() + fixture.chain.stats().feesBurnedSun());
                for (Signer who : traffic.everyone()) {
                    assertTrue(fixture.chain.trxBalance(who.address()) >= 0);
                    assertTrue(fixture.chain.assetBalance(who.address(), BTT) >= 0);
                }
            }
        }

        /** Mostly new traffic; sometimes a replay of something sent, or a transaction signed by the wrong key. */
        private SignedTransaction pick(long now) {
            int roll = random.nextInt(20);
            if (roll == 0 && !sent.isEmpty()) {
                // Recent enough that most replays have not expired yet.
                return sent.get(sent.size() - 1 - random.nextInt(Math.min(sent.size(), 20)));
            }
            SignedTransaction tx = traffic.next(now);
            if (roll == 1) {
                Transaction raw = tx.transaction();
                Signer thief = fixture.users.get(random.nextInt(USERS));
                return new SignedTransaction(raw, fixture.keys.newSigner().publicKey(), thief.sign(raw.encode()));
            }
            if (roll == 2) {
                Transaction raw = tx.transaction();
                Signer thief = fixture.users.get(random.nextInt(USERS));
                return new SignedTransaction(raw, tx.publicKey(), thief.sign(raw.encode()));
            }
            return tx;
        }

        List<Object> observe() {
            return fixture.snapshot(traffic.channelIds().toArray(new TxId[0]));
        }

        private long totalBtt() {
            long sum = 0;
            for (Signer who : traffic.everyone()) {
                sum = Math.addExact(sum, fixture.chain.assetBalance(who.address(), BTT));
            }
            for (TxId id : traffic.channelIds()) {
                Optional<ChannelView> view = fixture.chain.channel(id);
                if (view.isPresent() && view.get().status() != ChannelView.Status.SETTLED) {
                    sum = Math.addExact(sum, view.get().deposit());
                }
            }
            return sum;
        }

        private long totalTrx() {
            long sum = 0;
            for (Signer who : traffic.everyone()) {
                sum = Math.addExact(sum, fixture.chain.trxBalance(who.address()));
            }
            return sum;
        }
    }
}
