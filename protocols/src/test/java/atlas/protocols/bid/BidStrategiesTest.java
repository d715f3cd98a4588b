package atlas.protocols.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the strategy names scenarios use, their defaults, and the two strategies simple enough to state in one line each. */
class BidStrategiesTest {

    @Test
    void registersTheDocumentedNames() {
        assertEquals(List.of("none", "fixed", "budget", "auto", "value-of-time"), List.copyOf(BidStrategies.REGISTRY.names()));
        for (String name : BidStrategies.REGISTRY.names()) {
            var entry = BidStrategies.REGISTRY.find(name).orElseThrow();
            entry.create(entry.defaults()).price(0, 0, Prices.MIB, 0);
        }
    }

    @Test
    void noneNeverBids() {
        BidStrategy none = BidStrategies.REGISTRY.find("none").orElseThrow().create(NoBidParams.DEFAULTS);
        assertEquals(0, none.price(0, 0, Prices.MIB, 0));
        assertEquals(0, none.price(10_000_000, 1e9, 1, 0));
    }

    @Test
    void fixedBidsItsPriceUntilComplete() {
        FixedBid fixed = new FixedBid(new FixedBidParams(new BttPerMiB(250)));
        assertEquals(250, fixed.price(0, 0, Prices.MIB, 0));
        assertEquals(250, fixed.price(1, 1e9, 1, Long.MAX_VALUE / 2));
        assertEquals(0, fixed.price(2, 0, 0, 0));
    }

    @Test
    void parameterRecordsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new FixedBidParams(new BttPerMiB(0)));
        assertThrows(IllegalArgumentException.class, () -> new BudgetBidParams(new BttAmount(10), new BttPerMiB(5), new BttPerMiB(4)));
        assertThrows(IllegalArgumentException.class, () -> new AutoBidParams(new BttPerMiB(5), new BttPerMiB(10), new BttPerMiB(100), new ByteRate(1), 1.5, 0.5, 0.1,
                Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new AutoBidParams(new BttPerMiB(50), new BttPerMiB(10), new BttPerMiB(100), new ByteRate(1), 1.0, 0.5, 0.1,
                Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new AutoBidParams(new BttPerMiB(50), new BttPerMiB(10), new BttPerMiB(100), new ByteRate(1), 1.5, 0.5, 0.1,
                Duration.ZERO));
    }
}
