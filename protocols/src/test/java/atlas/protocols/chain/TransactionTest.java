package atlas.protocols.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Guards transaction identity and size: the id is a function of the signed bytes (a resend is a
 * replay, a new timestamp a new transaction), sizes bill what Tron bills whatever the signature
 * scheme, and only the owner's key signs for the owner.
 */
class TransactionTest {

    private final Ed25519Signer owner = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
    private final Ed25519Signer other = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(4L));
    private final Verifier verifier = new Ed25519Verifier();

    private Transaction transfer(long timestamp, long amount) {
        return new Transaction(owner.address(), new Operation.TransferTrx(other.address(), amount), timestamp,
                timestamp + 60_000_000L);
    }

    @Test
    void idDependsOnEveryField() {
        assertEquals(TxId.of(transfer(0, 5).encode()), TxId.of(transfer(0, 5).encode()));
        assertNotEquals(TxId.of(transfer(0, 5).encode()), TxId.of(transfer(1, 5).encode()));
        assertNotEquals(TxId.of(transfer(0, 5).encode()), TxId.of(transfer(0, 6).encode()));
    }

    @Test
    void sizesMatchTronBandwidth() {
        // 268 bytes billed (with the 64 result bytes) for a TRX transfer, 277 for a BTT transfer.
        assertEquals(204, transfer(0, 5).serializedSize());
        Transaction btt = new Transaction(owner.address(), new Operation.TransferAsset(other.address(), 1_002_000L, 5),
                0, 60_000_000L);
        assertEquals(213, btt.serializedSize());
    }

    @Test
    void onlyTheOwnersKeySigns() {
        Transaction tx = transfer(0, 5);
        assertEquals(Outcome.OK, SignedTransaction.sign(tx, owner).checkSignature(verifier));
        assertEquals(Outcome.OWNER_KEY_MISMATCH, SignedTransaction.sign(tx, other).checkSignature(verifier));
        SignedTransaction forged = new SignedTransaction(tx, owner.publicKey(), other.sign(tx.encode()));
        assertEquals(Outcome.BAD_SIGNATURE, forged.checkSignature(verifier));
        SignedTransaction altered = new SignedTransaction(transfer(0, 6), owner.publicKey(), owner.sign(tx.encode()));
        assertEquals(Outcome.BAD_SIGNATURE, altered.checkSignature(verifier));
    }

    @Test
    void addressesLookLikeTronHex() {
        String text = owner.address().toString();
        assertEquals(2 * Address.BYTES, text.length());
        assertTrue(text.startsWith("41"));
        assertEquals(owner.address(), Address.fromPublicKey(owner.publicKey()));
    }
}
