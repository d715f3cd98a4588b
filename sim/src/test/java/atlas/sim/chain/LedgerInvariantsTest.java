package atlas.sim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the ledger's conservation laws over long seeded streams of honest and hostile
 * transactions: total BTT (balances plus escrow) is constant, TRX falls only by the fees burned, no
 * balance goes negative, and a rejected transaction leaves the whole state, free bandwidth
 * included, exactly as it was.
 */
class LedgerInvariantsTest {

    private static final long BTT = GenesisAllocation.BTT_ASSET_ID;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void conservationAndAtomicity(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        SimulatedKeys keys = new SimulatedKeys(random);
        ChainParameters params = new ChainParameters(3_000_000, 27, 19, 2_000_000, 512_000, 60_000_000,
                86_400_000_000L, 64, 600, 1000, 1_000_000, 100_000, 0, 120_000_000);
        Ledger ledger = new Ledger(params, keys, new long[] {BTT});
        List<Signer> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Signer user = keys.newSigner();
            users.add(user);
            Account account = ledger.genesisAccount(user.address());
            account.trx = 100_000_000;
            account.assets[0] = 1_000_000;
        }
        List<Signer> outsiders = List.of(keys.newSigner(), keys.newSigner());
        HostileTraffic traffic = new HostileTraffic(random, users, outsiders, BTT,
                id -> ledger.channels.containsKey(id) && !ledger.channels.get(id).settled);
        long btt = 6_000_000;
        long trx = 600_000_000;
        Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
        long now = 0;
        for (int step = 0; step < 3000; step++) {
            now += random.nextLong(20_000_000);
            SignedTransaction tx = traffic.next(now);
            long before = snapshot(ledger);
            Outcome outcome = ledger.execute(tx, now);
            seen.merge(outcome, 1, Integer::sum);
            if (!outcome.isOk()) {
                assertEquals(before, snapshot(ledger), () -> outcome + " changed the state");
            }
            assertEquals(btt, totalBtt(ledger));
            assertEquals(trx, totalTrx(ledger) + ledger.burnedSun);
            assertNoNegative(ledger);
        }
        // The stream must exercise the interesting paths, or the invariants prove little.
        for (Outcome expected : List.of(Outcome.OK, Outcome.STALE_SEQUENCE, Outcome.BAD_PAYER_SIGNATURE,
                Outcome.CHANNEL_CLOSED, Outcome.WINDOW_OPEN, Outcome.INSUFFICIENT_ASSET_BALANCE,
                Outcome.AMOUNT_NOT_POSITIVE, Outcome.EXCEEDS_DEPOSIT, Outcome.BAD_RECIPIENT_SIGNATURE, Outcome.DEADLINE_PASSED)) {
            assertTrue(seen.containsKey(expected), () -> "never saw " + expected + " in " + seen);
        }
        long settled = ledger.channels.values().stream().filter(c -> c.settled).count();
        assertTrue(settled > 0, "no channel was ever settled");
    }

    private static long totalBtt(Ledger ledger) {
        long sum = 0;
        for (Account account : ledger.accounts.values()) {
            sum = Math.addExact(sum, account.assets[0]);
        }
        for (ChannelRecord channel : ledger.channels.values()) {
            if (!channel.settled) {
                sum = Math.addExact(sum, channel.deposit);
            }
        }
        return sum;
    }

    private static long totalTrx(Ledger ledger) {
        long sum = 0;
        for (Account account : ledger.accounts.values()) {
            sum = Math.addExact(sum, account.trx);
        }
        return sum;
    }

    private static void assertNoNegative(Ledger ledger) {
        for (Account account : ledger.accounts.values()) {
            assertTrue(account.trx >= 0 && account.assets[0] >= 0 && account.freeUsed >= 0);
        }
    }

    /**
     * A 64-bit fingerprint of the whole ledger: an order-independent sum of mixed per-entry hashes
     * (cheap enough to take before every transaction; a change goes unnoticed with odds 2^-64).
     */
    static long snapshot(Ledger ledger) {
        long sum = ledger.burnedSun;
        for (Map.Entry<Address, Account> entry : ledger.accounts.entrySet()) {
            Address address = entry.getKey();
            Account a = entry.getValue();
            sum += chain(address.high(), address.middle(), address.low(), a.trx, a.assets[0], a.freeDay, a.freeUsed);
        }
        for (ChannelRecord c : ledger.channels.values()) {
            sum += chain(c.id.high(), c.id.low(), c.submitted.sequence(), c.submitted.paid(), c.firstSubmissionMicros,
                    c.settled ? 1 : 0);
        }
        return sum;
    }

    private static long chain(long... values) {
        long h = 0x243F6A8885A308D3L;
        for (long value : values) {
            h = (h ^ value) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        return h;
    }
}
