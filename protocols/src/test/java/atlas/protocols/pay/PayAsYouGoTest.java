package atlas.protocols.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bid.Prices;
import atlas.protocols.chain.Ed25519Signer;
import atlas.protocols.chain.Ed25519Verifier;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.TxId;
import atlas.protocols.chain.Verifier;
import java.math.BigInteger;
import java.util.ArrayDeque;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards pay as you go over a real channel, with blocks and payments in flight, lost payments and
 * price changes: the payer's debt stays under one payment interval's worth, payments match the
 * data's exact value, money is conserved between payer, channel and recipient, an honest payer is
 * never stopped for good, and a peer that never pays is cut off within the credit limit.
 */
class PayAsYouGoTest {

    private static final TxId CHANNEL = new TxId(3, 5);
    private static final Verifier VERIFIER = new Ed25519Verifier();
    private static final long BLOCK = 16 * 1024;

    /** A block in flight from uploader to downloader, or a price switch at that point of the stream. */
    private record Item(long bytes, long newPrice) {
    }

    private static final class Connection {
        final Ed25519Signer payerKey;
        final Ed25519Signer recipientKey;
        final PayerChannel payerChannel;
        final RecipientChannel recipientChannel;
        final DownloadLedger download;
        final UploadLedger upload;
        final long deposit;

        Connection(long seed, long deposit, PayAsYouGoParams params) {
            this.deposit = deposit;
            payerKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
            recipientKey = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1));
            payerChannel = new PayerChannel(CHANNEL, deposit, payerKey, recipientKey.publicKey(), VERIFIER);
            recipientChannel = new RecipientChannel(CHANNEL, deposit, recipientKey, payerKey.publicKey(), VERIFIER);
            download = new DownloadLedger(params);
            upload = new UploadLedger(params);
        }

        void setPrice(long price) {
            download.setPrice(price);
            upload.setPrice(price);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void honestPayerKeepsUpAndMoneyIsConserved(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        PayAsYouGoParams params = new PayAsYouGoParams(Prices.MIB / 2 + random.nextLong(Prices.MIB),
                2 * Prices.MIB + random.nextLong(Prices.MIB));
        Connection c = new Connection(seed * 31, Long.MAX_VALUE / 4, params);
        long price = 1 + random.nextLong(5_000_000);
        c.setPrice(price);
        long total = 20 * Prices.MIB + random.nextLong(20 * Prices.MIB);
        long sent = 0;
        long uploaderPrice = price;
        long downloaderPrice = price;
        BigInteger exactValue = BigInteger.ZERO;
        ArrayDeque<Item> blocks = new ArrayDeque<>();
        ArrayDeque<SignedState> payments = new ArrayDeque<>();
        int steps = 0;
        while (sent < total || !blocks.isEmpty()) {
            assertTrue(++steps < 1_000_000, "stalled: sent " + sent + " of " + total);
            int action = random.nextInt(10);
            if (action < 4 && sent < total) {
                if (random.nextInt(200) == 0) {
                    // The downloader's new bid takes effect at this point of the byte stream on both sides.
                    uploaderPrice = random.nextInt(5) == 0 ? 0 : 1 + random.nextLong(5_000_000);
                    c.upload.setPrice(uploaderPrice);
                    blocks.add(new Item(0, uploaderPrice));
                }
                long size = Math.min(total - sent, 1 + random.nextLong(BLOCK));
                if (c.upload.mayServe(size)) {
                    c.upload.onDataSent(size);
                    assertTrue(c.upload.unpaid() <= Prices.valueOf(uploaderPrice, params.creditLimit())
                            || uploaderPrice == 0 && c.upload.unpaid() <= 0, "served beyond credit");
                    sent += size;
                    blocks.add(new Item(size, -1));
                } else if (blocks.isEmpty() && payments.isEmpty()) {
                    // Nothing in flight and still refused: a payment was lost; the payer's timer resends it.
                    SignedState last = c.download.lastPayment();
                    assertTrue(last != null && !c.download.paymentDue(), "refused an honest payer with nothing lost");
                    payments.add(last);
                }
            } else if (action < 8 && !blocks.isEmpty()) {
                Item item = blocks.poll();
                if (item.newPrice() >= 0) {
                    downloaderPrice = item.newPrice();
                    c.download.setPrice(downloaderPrice);
                } else {
                    c.download.onDataReceived(item.bytes());
                    exactValue = exactValue.add(BigInteger.valueOf(downloaderPrice).multiply(BigInteger.valueOf(item.bytes())));
                }
                // A lower price lowers the interval's worth too, so a price change can make a payment due.
                SignedState payment = c.download.payIfDue(c.payerChannel);
                if (payment != null) {
                    payments.add(payment);
                }
                assertFalse(c.download.paymentDue(), "debt left at or above one interval's worth");
                assertTrue(c.download.debt() < Math.max(1, Prices.valueOf(downloaderPrice, params.paymentInterval())));
            } else if (!payments.isEmpty()) {
                SignedState payment = payments.poll();
                if (random.nextInt(20) != 0) {
                    Outcome outcome = c.upload.onPayment(payment, c.recipientChannel);
                    assertTrue(outcome == Outcome.OK || outcome == Outcome.STALE_SEQUENCE, outcome.message());
                }
            }
            assertConserved(c);
            assertTrue(c.download.paid() <= c.upload.delivered(), "paid for data never sent");
        }
        // Completion: the payer settles what is left, and the last payment arrives.
        SignedState last = c.download.payDebt(c.payerChannel);
        while (!payments.isEmpty()) {
            c.upload.onPayment(payments.poll(), c.recipientChannel);
        }
        if (last != null) {
            c.upload.onPayment(last, c.recipientChannel);
        }
        c.upload.onPayment(c.download.lastPayment(), c.recipientChannel);
        long value = exactValue.shiftRight(20).longValueExact();
        assertEquals(value, c.download.accrued(), "the payer's accrual is the data's exact value");
        assertEquals(value, c.upload.delivered(), "both sides agree on the value delivered");
        assertEquals(value, c.download.paid());
        assertEquals(value, c.upload.received());
        assertEquals(0, c.upload.unpaid());
        assertConserved(c);
    }

    /** Paid by the payer = in the recipient's hands + signed but not yet received; deposit = paid + remaining. */
    private static void assertConserved(Connection c) {
        assertEquals(c.download.paid(), c.payerChannel.latest().paid());
        assertEquals(c.deposit, c.payerChannel.remaining() + c.download.paid());
        assertEquals(c.upload.received(), c.recipientChannel.received());
        assertTrue(c.upload.received() <= c.download.paid(), "received more than was paid");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void aPeerThatNeverPaysIsCutOffWithinTheCreditLimit(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        PayAsYouGoParams params = new PayAsYouGoParams(Prices.MIB, 2 * Prices.MIB + random.nextLong(4 * Prices.MIB));
        UploadLedger upload = new UploadLedger(params);
        long price = 1 + random.nextLong(10_000_000);
        upload.setPrice(price);
        long limit = Prices.valueOf(price, params.creditLimit());
        long served = 0;
        long size = 1 + random.nextLong(BLOCK);
        while (upload.mayServe(size)) {
            upload.onDataSent(size);
            served += size;
            size = 1 + random.nextLong(BLOCK);
            assertTrue(served < 100 * params.creditLimit(), "never cut off");
        }
        assertTrue(upload.delivered() <= limit, upload.delivered() + " delivered over a limit of " + limit);
        // Not cut off early either: the refused block is what would have crossed the limit.
        assertTrue(upload.delivered() + Prices.valueOf(price, size) + 1 > limit);
        assertFalse(upload.mayServe(BLOCK));
    }

    @Test
    void aPaymentReopensServiceAndAForgedOneDoesNot() {
        PayAsYouGoParams params = new PayAsYouGoParams(Prices.MIB, 2 * Prices.MIB);
        Connection c = new Connection(99, 1_000_000_000, params);
        c.setPrice(1_000_000);
        while (!c.download.paymentDue()) {
            assertTrue(c.upload.mayServe(BLOCK), "stopped before a payment was due");
            c.upload.onDataSent(BLOCK);
            c.download.onDataReceived(BLOCK);
        }
        assertTrue(c.download.paymentDue(), "one interval's worth received");
        assertEquals(1_000_000, c.download.debt());
        // Before payment arrives the uploader keeps serving up to the limit, then stops.
        while (c.upload.mayServe(BLOCK)) {
            c.upload.onDataSent(BLOCK);
        }
        assertEquals(2_000_000, c.upload.unpaid());
        Ed25519Signer stranger = Ed25519Signer.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(7));
        var stolen = c.payerChannel.latest().next(1_000_000);
        assertEquals(Outcome.BAD_PAYER_SIGNATURE, c.upload.onPayment(
                SignedState.byPayer(stolen, stranger.sign(stolen.updateMessage())), c.recipientChannel));
        assertFalse(c.upload.mayServe(BLOCK));
        assertEquals(Outcome.OK, c.upload.onPayment(c.download.payDebt(c.payerChannel), c.recipientChannel));
        assertEquals(1_000_000, c.upload.received());
        assertTrue(c.upload.mayServe(BLOCK));
    }

    @Test
    void aDryChannelPaysWhatItHasAndTheRestNeedsANewChannel() {
        Connection c = new Connection(5, 300_000, PayAsYouGoParams.DEFAULTS);
        c.setPrice(1_000_000);
        assertFalse(c.download.needsChannel(c.payerChannel), "nothing owed");
        assertFalse(c.download.needsChannel(null), "nothing owed, no channel needed yet");
        c.download.onDataReceived(Prices.MIB / 2);
        assertTrue(c.download.needsChannel(null), "owing without a channel");
        assertNull(c.download.payIfDue(c.payerChannel), "half an interval is not due yet");
        assertFalse(c.download.needsChannel(c.payerChannel), "the channel can pay it when due");
        c.download.onDataReceived(Prices.MIB / 2);
        SignedState payment = c.download.payIfDue(c.payerChannel);
        assertEquals(300_000, payment.state().paid());
        assertEquals(700_000, c.download.debt());
        assertTrue(c.download.needsChannel(c.payerChannel), "dry with money owed: the next channel, now");
        assertNull(c.download.payDebt(c.payerChannel), "nothing left in the channel");
    }
}
