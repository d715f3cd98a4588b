package atlas.sim.chain;

import static atlas.sim.chain.ChainFixture.BTT;
import static atlas.sim.chain.ChainFixture.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards java-tron's transfer, envelope and bandwidth rules on the mock chain: each broken rule is
 * refused with its own reason and leaves every balance and the fees burned as they were.
 */
class TransferValidationTest {

    private final ChainFixture f = ChainFixture.standard();
    private final Signer alice = f.users.get(0);
    private final Signer bob = f.users.get(1);

    private void assertRefused(Outcome expected, Signer from, Operation op) {
        List<Object> before = f.snapshot();
        assertEquals(expected, f.run(from, op));
        assertEquals(before, f.snapshot());
    }

    @Test
    void amountMustBePositive() {
        assertRefused(Outcome.AMOUNT_NOT_POSITIVE, alice, new Operation.TransferTrx(bob.address(), 0));
        assertRefused(Outcome.AMOUNT_NOT_POSITIVE, alice, new Operation.TransferAsset(bob.address(), BTT, -5));
    }

    @Test
    void noTransferToOneself() {
        assertRefused(Outcome.TO_SELF, alice, new Operation.TransferTrx(alice.address(), 1));
        assertRefused(Outcome.TO_SELF, alice, new Operation.TransferAsset(alice.address(), BTT, 1));
    }

    @Test
    void balancesMustCoverTheAmount() {
        assertRefused(Outcome.INSUFFICIENT_BALANCE, alice, new Operation.TransferTrx(bob.address(), 100 * SECOND + 1));
        assertRefused(Outcome.INSUFFICIENT_ASSET_BALANCE, alice, new Operation.TransferAsset(bob.address(), BTT, 1_000_001));
        assertRefused(Outcome.UNKNOWN_ASSET, alice, new Operation.TransferAsset(bob.address(), 1_002_001L, 1));
    }

    @Test
    void creatingTheRecipientBurnsTheCreationFees() {
        Address fresh = f.keys.newSigner().address();
        assertFalse(f.chain.accountExists(fresh));
        // 99.5 TRX + 1 TRX creation fee > 100 TRX.
        assertRefused(Outcome.INSUFFICIENT_BALANCE, alice, new Operation.TransferTrx(fresh, 99_500_000));
        // 99 + 1 fits, but not the 0.1 TRX creation bandwidth fee on top.
        assertRefused(Outcome.INSUFFICIENT_BANDWIDTH, alice, new Operation.TransferTrx(fresh, 99_000_000));
        assertEquals(Outcome.OK, f.run(alice, new Operation.TransferTrx(fresh, 98_000_000)));
        assertTrue(f.chain.accountExists(fresh));
        assertEquals(98_000_000, f.chain.trxBalance(fresh));
        assertEquals(100 * SECOND - 98_000_000 - 1_100_000, f.trx(0));
        assertEquals(1_100_000, f.chain.stats().feesBurnedSun());
        // A BTT transfer to a new account pays the same fees in TRX.
        Address other = f.keys.newSigner().address();
        assertEquals(Outcome.OK, f.run(bob, new Operation.TransferAsset(other, BTT, 10)));
        assertEquals(10, f.chain.assetBalance(other, BTT));
        assertEquals(100 * SECOND - 1_100_000, f.trx(1));
    }

    @Test
    void recipientBalanceMustNotOverflow() {
        ChainFixture rich = new ChainFixture(ChainParameters.defaults(), 2, 2, 1, Long.MAX_VALUE / 4 * 3);
        List<Object> before = rich.snapshot();
        assertEquals(Outcome.OVERFLOW, rich.run(rich.users.get(0),
                new Operation.TransferTrx(rich.address(1), Long.MAX_VALUE / 2)));
        assertEquals(before, rich.snapshot());
    }

    @Test
    void freeBandwidthThenBurnThenFailure() {
        // 0.3 TRX each: two BTT transfers (277 bytes billed each) fit in 600 free bytes, the
        // third burns 277,000 sun, the fourth cannot pay.
        ChainFixture poor = new ChainFixture(ChainParameters.defaults(), 3, 2, 100, 300_000);
        Signer from = poor.users.get(0);
        Operation transfer = new Operation.TransferAsset(poor.address(1), BTT, 1);
        assertEquals(Outcome.OK, poor.run(from, transfer));
        assertEquals(Outcome.OK, poor.run(from, transfer));
        assertEquals(300_000, poor.trx(0));
        assertEquals(Outcome.OK, poor.run(from, transfer));
        assertEquals(23_000, poor.trx(0));
        assertEquals(277_000, poor.chain.stats().feesBurnedSun());
        List<Object> before = poor.snapshot();
        assertEquals(Outcome.INSUFFICIENT_BANDWIDTH, poor.run(from, transfer));
        assertEquals(before, poor.snapshot());
        poor.chain.advanceTo(ChainParameters.DAY_MICROS);
        assertEquals(Outcome.OK, poor.run(from, transfer));
        assertEquals(23_000, poor.trx(0));
        assertEquals(96, poor.btt(0));
    }

    @Test
    void envelopeRules() {
        long now = f.chain.nowMicros();
        Operation pay = new Operation.TransferTrx(bob.address(), 1);
        SignedTransaction expired = SignedTransaction.sign(new Transaction(alice.address(), pay, now, now), alice);
        assertEquals(Outcome.EXPIRED, f.chain.submit(expired, f.recorder));
        SignedTransaction far = SignedTransaction.sign(
                new Transaction(alice.address(), pay, now, now + ChainParameters.DAY_MICROS + 1), alice);
        assertEquals(Outcome.EXPIRATION_TOO_FAR, f.chain.submit(far, f.recorder));
        Transaction tx = f.chain.newTransaction(alice.address(), pay);
        assertEquals(Outcome.OWNER_KEY_MISMATCH, f.chain.submit(SignedTransaction.sign(tx, bob), f.recorder));
        assertEquals(Outcome.BAD_SIGNATURE,
                f.chain.submit(new SignedTransaction(tx, alice.publicKey(), bob.sign(tx.encode())), f.recorder));
        Signer nobody = f.keys.newSigner();
        assertEquals(Outcome.OWNER_NOT_FOUND, f.run(nobody, new Operation.TransferTrx(bob.address(), 1)));
        assertEquals(0, f.chain.stats().submitted());
        assertEquals(5, f.chain.stats().rejected());
    }

    @Test
    void replayIsRefusedWhileTheIdIsRemembered() {
        SignedTransaction signed = f.sign(alice, new Operation.TransferAsset(bob.address(), BTT, 10));
        assertEquals(Outcome.OK, f.chain.submit(signed, f.recorder));
        assertEquals(Outcome.DUPLICATE, f.chain.submit(signed, f.recorder));
        f.chain.advanceTo(f.chain.nextSlotMicros());
        assertEquals(Outcome.DUPLICATE, f.chain.submit(signed, f.recorder));
        f.chain.advanceTo(f.chain.nowMicros() + 60 * SECOND);
        assertEquals(Outcome.EXPIRED, f.chain.submit(signed, f.recorder));
        assertEquals(1_000_010, f.btt(1));
    }

    @Test
    void oversizedTransactionIsRefused() {
        ChainParameters d = ChainParameters.defaults();
        ChainParameters tiny = new ChainParameters(d.blockIntervalMicros(), d.representatives(),
                d.solidificationBlocks(), d.maxBlockBytes(), 200, d.defaultExpirationMicros(), d.maxExpirationMicros(),
                d.resultBytes(), d.freeBandwidthBytes(), d.bandwidthPriceSun(), d.createAccountFeeSun(),
                d.createAccountBandwidthFeeSun(), 0, d.challengeWindowMicros());
        ChainFixture small = new ChainFixture(tiny, 4, 2, 10, SECOND);
        assertEquals(Outcome.TOO_LARGE, small.run(small.users.get(0), new Operation.TransferTrx(small.address(1), 1)));
    }

    @Test
    void doubleSpendFailsInItsBlockAndChangesNothing() {
        Operation most = new Operation.TransferAsset(bob.address(), BTT, 700_000);
        SignedTransaction first = f.sign(alice, most);
        SignedTransaction second = f.sign(alice, most);
        assertEquals(Outcome.OK, f.chain.submit(first, f.recorder));
        assertEquals(Outcome.OK, f.chain.submit(second, f.recorder));
        f.chain.advanceTo(f.chain.nextSlotMicros());
        assertTrue(f.includedAt.containsKey(first.id()));
        assertFalse(f.includedAt.containsKey(second.id()));
        assertEquals(Outcome.INSUFFICIENT_ASSET_BALANCE, f.droppedFor.get(second.id()));
        assertEquals(300_000, f.btt(0));
        assertEquals(1_700_000, f.btt(1));
        // Dropped, it never took effect: resending the same bytes is not a replay.
        assertEquals(Outcome.INSUFFICIENT_ASSET_BALANCE, f.chain.submit(second, f.recorder));
    }
}
