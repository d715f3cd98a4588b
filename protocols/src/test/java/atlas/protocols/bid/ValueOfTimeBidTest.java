package atlas.protocols.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Guards the value-of-time bid: it offers a share of what the next MiB's waiting is worth, so it
 * bids more when the download is slow, the user's time dearer or the token cheaper, and never
 * above its cap nor after completion.
 */
class ValueOfTimeBidTest {

    private static final ValueOfTimeBidParams PARAMS = new ValueOfTimeBidParams(BttAmount.ofBtt(3600), 0.5,
            new ByteRate(64 * 1024), BttPerMiB.ofBtt(100));

    @Test
    void offersTheShareOfTheNextMibsWaitingWorth() {
        ValueOfTimeBid bid = new ValueOfTimeBid(PARAMS);
        // 3,600 BTT an hour is 1 BTT a second; at 1 MiB/s a MiB takes 1 s; half of it is 0.5 BTT.
        assertEquals(500_000, bid.price(0, Prices.MIB, Prices.MIB, 0));
        // Four times slower: four times the wait, four times the bid.
        assertEquals(2_000_000, bid.price(0, Prices.MIB / 4.0, Prices.MIB, 0));
    }

    @Test
    void aDownloadNotStartedYetBidsAtTheFloorRate() {
        ValueOfTimeBid bid = new ValueOfTimeBid(PARAMS);
        // 64 KiB/s: 16 s a MiB, 16 BTT of time, half of it offered.
        assertEquals(8_000_000, bid.price(0, 0, Prices.MIB, 0));
        assertEquals(bid.price(0, 0, Prices.MIB, 0), bid.price(0, 1000, Prices.MIB, 0));
    }

    @Test
    void isCappedAndStopsOnCompletion() {
        ValueOfTimeBid dear = new ValueOfTimeBid(PARAMS, now -> 1e15);
        assertEquals(PARAMS.cap().baseUnits(), dear.price(0, Prices.MIB, Prices.MIB, 0));
        assertEquals(0, dear.price(0, Prices.MIB, 0, 0));
    }

    @Test
    void followsTheValuationOverTime() {
        // A fixed value in money: when the token's price doubles, an hour is worth half the BTT.
        double usdPerHour = 3.6;
        ValueOfTimeBid bid = new ValueOfTimeBid(PARAMS, now -> usdPerHour / (now < 10 ? 0.001 : 0.002) * 1e6);
        long cheapToken = bid.price(0, Prices.MIB, Prices.MIB, 0);
        long dearToken = bid.price(10, Prices.MIB, Prices.MIB, 0);
        assertEquals(500_000, cheapToken);
        assertEquals(250_000, dearToken);
        assertTrue(dearToken < cheapToken);
    }

    @Test
    void isRegisteredByName() {
        BidStrategy strategy = BidStrategies.REGISTRY.find("value-of-time").orElseThrow()
                .create(ValueOfTimeBidParams.DEFAULTS);
        assertTrue(strategy instanceof ValueOfTimeBid);
    }

    @Test
    void rejectsAShareOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> new ValueOfTimeBidParams(BttAmount.ofBtt(1), 0,
                new ByteRate(1), BttPerMiB.ofBtt(1)));
        assertThrows(IllegalArgumentException.class, () -> new ValueOfTimeBidParams(BttAmount.ofBtt(1), 1.5,
                new ByteRate(1), BttPerMiB.ofBtt(1)));
    }
}
