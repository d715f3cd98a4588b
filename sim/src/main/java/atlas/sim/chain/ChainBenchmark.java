package atlas.sim.chain;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import atlas.protocols.chain.Verifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Throughput of the payment machinery, for {@code atlas bench chain}: off-chain channel updates
 * (the payer signs the next state, the recipient verifies and applies it) with simulated keys and
 * with Ed25519, and on-chain BTT transfers through block production (submission checks, then
 * execution in full 2 MB blocks). Each figure is the median of several timed repetitions after
 * untimed warm-up ones, since the machine is shared and noisy; nothing here passes or fails.
 */
public final class ChainBenchmark {

    /**
     * What one benchmark run measured, in operations per wall-clock second.
     *
     * @param simulatedUpdatesPerSecond off-chain updates with {@link SimulatedKeys}
     * @param ed25519UpdatesPerSecond off-chain updates with Ed25519
     * @param transfersPerSecond on-chain BTT transfers submitted and included in blocks
     * @param repetitions timed repetitions behind each median
     */
    public record Result(double simulatedUpdatesPerSecond, double ed25519UpdatesPerSecond, double transfersPerSecond,
            int repetitions) {
    }

    /**
     * How much work to time.
     *
     * @param simulatedUpdates off-chain updates per repetition with simulated keys (1,000,000)
     * @param ed25519Updates off-chain updates per repetition with Ed25519 (500)
     * @param transfers on-chain transfers per repetition (90,000: ten full blocks)
     * @param warmups untimed repetitions first (2)
     * @param repetitions timed repetitions (5)
     */
    public record Settings(int simulatedUpdates, int ed25519Updates, int transfers, int warmups, int repetitions) {
        public Settings {
            if (simulatedUpdates < 1 || ed25519Updates < 1 || transfers < 1 || warmups < 0 || repetitions < 1) {
                throw new IllegalArgumentException("benchmark sizes must be positive: " + this);
            }
        }

        public static Settings defaults() {
            return new Settings(1_000_000, 500, 90_000, 2, 5);
        }
    }

    private static final int ACCOUNTS = 1000;
    /** BTT transfers that fit one 2 MB block (213 serialized bytes each). */
    private static final int PER_BLOCK = 9000;

    private ChainBenchmark() {
    }

    /** Runs every measurement with {@code settings}; keys and traffic come from {@code seed}. */
    public static Result run(Settings settings, long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Keys simulated = SignatureScheme.SIMULATED.newKeys(random);
        double sim = median(settings, () -> offChain(simulated, settings.simulatedUpdates()));
        Keys ed25519 = SignatureScheme.ED25519.newKeys(random);
        double ed = median(settings, () -> offChain(ed25519, settings.ed25519Updates()));
        double onChain = median(settings, () -> onChain(settings.transfers(), random));
        return new Result(sim, ed, onChain, settings.repetitions());
    }

    /** One timed batch of work returning operations per second. */
    @FunctionalInterface
    private interface Measurement {
        double opsPerSecond();
    }

    private static double median(Settings settings, Measurement measurement) {
        for (int i = 0; i < settings.warmups(); i++) {
            measurement.opsPerSecond();
        }
        double[] rates = new double[settings.repetitions()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = measurement.opsPerSecond();
        }
        Arrays.sort(rates);
        int mid = rates.length / 2;
        return rates.length % 2 == 1 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2;
    }

    /** Updates from a new payer key to a new recipient key, both drawn from {@code keys}. */
    private static double offChain(Keys keys, int updates) {
        Signer payerKey = keys.newSigner();
        Signer recipientKey = keys.newSigner();
        Verifier verifier = keys.verifier();
        TxId channel = new TxId(1, updates);
        PayerChannel payer = new PayerChannel(channel, Long.MAX_VALUE, payerKey, recipientKey.publicKey(), verifier);
        RecipientChannel recipient = new RecipientChannel(channel, Long.MAX_VALUE, recipientKey, payerKey.publicKey(),
                verifier);
        long start = System.nanoTime();
        for (int i = 0; i < updates; i++) {
            SignedState update = payer.pay(1);
            if (recipient.accept(update) != Outcome.OK) {
                throw new IllegalStateException("an honest update was refused");
            }
        }
        return updates / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Transfers among {@value #ACCOUNTS} funded accounts, built and signed before the clock starts,
     * then submitted a block's worth at a time with the chain advanced one slot after each batch.
     */
    private static double onChain(int transfers, UniformRandomProvider random) {
        SimulatedKeys keys = new SimulatedKeys(random);
        List<Signer> accounts = new ArrayList<>();
        Map<String, Address> byCategory = new HashMap<>();
        List<GenesisAllocation.Line> lines = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            Signer signer = keys.newSigner();
            accounts.add(signer);
            byCategory.put("account-" + i, signer.address());
            lines.add(new GenesisAllocation.Line("account-" + i, 1_000_000_000L));
        }
        GenesisAllocation genesis = new GenesisAllocation(GenesisAllocation.BTT_ASSET_ID, 6,
                1_000_000_000L * ACCOUNTS, lines, 1_000_000_000_000L);
        ChainParameters params = ChainParameters.defaults();
        MockChain chain = new MockChain(params, genesis, byCategory::get, keys, random);
        SignedTransaction[] txs = new SignedTransaction[transfers];
        for (int i = 0; i < transfers; i++) {
            int sender = random.nextInt(ACCOUNTS);
            Signer from = accounts.get(sender);
            Signer to = accounts.get((sender + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS);
            long now = (i / PER_BLOCK) * params.blockIntervalMicros();
            Operation op = new Operation.TransferAsset(to.address(), GenesisAllocation.BTT_ASSET_ID, 1 + random.nextInt(1000));
            txs[i] = SignedTransaction.sign(new Transaction(from.address(), op, now + i, now + params.defaultExpirationMicros()), from);
        }
        long start = System.nanoTime();
        for (int i = 0; i < transfers; i++) {
            if (chain.submit(txs[i], TransactionListener.IGNORE) != Outcome.OK) {
                throw new IllegalStateException("a valid transfer was refused");
            }
            if ((i + 1) % PER_BLOCK == 0 || i == transfers - 1) {
                chain.advanceTo(chain.nextSlotMicros());
            }
        }
        double rate = chain.stats().included() / ((System.nanoTime() - start) / 1e9);
        if (chain.stats().included() != transfers) {
            throw new IllegalStateException("only " + chain.stats().included() + " of " + transfers + " included");
        }
        return rate;
    }
}
