package atlas.protocols.chain;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one off-chain payment-channel update with the JDK's Ed25519: the payer signs the
 * next state, the recipient verifies and applies it ({@link PayerChannel#pay},
 * {@link RecipientChannel#accept}); and the two halves alone. The simulator's simulated keys are
 * timed by {@code atlas bench chain}, since they live in the sim module.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChannelUpdateBenchmark {

    private PayerChannel payer;
    private RecipientChannel recipient;
    private Ed25519Signer payerKey;
    private Verifier verifier;
    private byte[] message;
    private byte[] signature;

    @Setup
    public void setUp() {
        payerKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        Ed25519Signer recipientKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(2L));
        verifier = new Ed25519Verifier();
        TxId channel = new TxId(1, 2);
        payer = new PayerChannel(channel, Long.MAX_VALUE, payerKey, recipientKey.publicKey(), verifier);
        recipient = new RecipientChannel(channel, Long.MAX_VALUE, recipientKey, payerKey.publicKey(), verifier);
        message = new ChannelState(channel, 1, 1).updateMessage();
        signature = payerKey.sign(message);
    }

    /** Sign, verify and apply one update. */
    @Benchmark
    public Outcome update() {
        return recipient.accept(payer.pay(1));
    }

    @Benchmark
    public byte[] signOnly() {
        return payerKey.sign(message);
    }

    @Benchmark
    public boolean verifyOnly() {
        return verifier.verify(payerKey.publicKey(), message, signature);
    }
}
