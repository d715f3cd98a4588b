package atlas.sim.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bid.BttPerMiB;
import atlas.protocols.bid.FixedBid;
import atlas.protocols.bid.FixedBidParams;
import atlas.protocols.bid.Prices;
import atlas.protocols.chain.Address;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Ed25519Verifier;
import atlas.protocols.chain.Signer;
import atlas.protocols.pay.Participation;
import atlas.protocols.pay.PayAsYouGoParams;
import atlas.protocols.peer.PeerSettings;
import atlas.protocols.peer.PeerStats;
import atlas.protocols.peer.SpeedSettings;
import atlas.protocols.peer.SpeedStats;
import atlas.protocols.peer.TorrentPeer;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real peers with BTT Speed on loopback, paying over channels on one in-process mock chain: the
 * file arrives intact, the BTT the downloader paid is what the seeders earned and what the
 * delivered bytes are worth at the bid (to the base unit, as the ledgers round), blocks arriving
 * after the download completed included, no BTT is created or lost, a close the chain refused is
 * submitted again, a downloader that never pays gets no more than its credit, and a seeder or a
 * bidder that leaves gracefully mid-download settles every channel cooperatively, paid or paying
 * for every priced byte, without a challenge window. Each party
 * verifies with its own verifier, as separate processes would: the JDK's engine is not thread-safe.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PaidTransferTest {

    private static final long BTT = GenesisAllocation.BTT_ASSET_ID;
    private static final long MICRO = 1_000_000L;
    private static final int PIECE = 256 * 1024;
    private static final long FUNDER_BTT = 1_000_000 * MICRO;
    private static final long DOWNLOADER_BTT = 10 * MICRO;
    /** A deposit that pays for under half the file, at {@link #PRICE}. */
    private static final long DRY_DEPOSIT = MICRO;
    /** 0.777777 BTT per MiB: not a power of two, so that the ledgers' rounding is exercised. */
    private static final long PRICE = 777_777;
    /** The chain's challenge window: channels closed alone settle this long after their submission. */
    private static final long WINDOW = MICRO;
    /** A challenge window no test waits out: a channel closed alone would fail the test by its timeout. */
    private static final long LONG_WINDOW = 3_600 * MICRO;
    /** 1 MiB/s: the 4 MiB file takes seconds to upload. */
    private static final long SLOW_UPLOAD = 1 << 20;
    private static final PayAsYouGoParams PAYG = new PayAsYouGoParams(128 * 1024, 512 * 1024);
    private static final PeerSettings PEER = PeerSettings.defaults().withBidChokers()
            .withTimeouts(5_000_000L, 60_000_000L, 10_000_000L);

    @TempDir
    Path tmp;

    private final byte[] data = content(4 * 1024 * 1024 + 5);
    private final Metainfo torrent = TorrentBuilder.singleFile("data.bin", PIECE, data).build();
    private final List<TorrentPeer> peers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private LiveChain chain;
    private Signer funder;
    private Signer downloaderKey;
    private Signer seederKey;
    private Signer secondSeederKey;
    private Keys keys;
    private long totalSupply;

    @AfterEach
    void stop() throws Exception {
        for (TorrentPeer p : peers) {
            p.close();
        }
        for (Thread t : threads) {
            t.join(10_000);
        }
        if (chain != null) {
            chain.close();
        }
        assertTrue(failures.isEmpty(), () -> "a peer's loop died: " + failures);
    }

    @ParameterizedTest(name = "deposit {0} base units")
    @ValueSource(longs = {8_000_000, 1_200_000}) // one channel; a channel running dry twice
    void btTPaidEqualsTheDataDeliveredTimesThePrice(long deposit) throws Exception {
        startChain(DOWNLOADER_BTT, 50_000);
        long downloaderBefore = balance(downloaderKey);
        assertEquals(totalSupply, funds(List.of()));

        RecordingChain downloaderChain = new RecordingChain(chain);
        TorrentPeer seed = startSeed();
        TorrentPeer leech = startBidder(seed, downloaderChain, deposit);
        leech.completion().get(60, TimeUnit.SECONDS);

        assertEquals(sha256(data), sha256(Files.readAllBytes(tmp.resolve("leech/data.bin"))));
        // Settled: each channel closed on chain by the seeder, and the connection then closed.
        awaitTrue(() -> !downloaderChain.channels().isEmpty() && downloaderChain.channels().stream()
                .allMatch(id -> chain.channel(id).orElseThrow().status() == ChannelView.Status.SETTLED));
        awaitTrue(() -> seed.stats().connections() == 0 && leech.stats().connections() == 0);

        long paid = downloaderBefore - balance(downloaderKey);
        long earned = balance(seederKey);
        PeerStats served = seed.stats();
        SpeedStats seederAccount = seed.speedStats();
        SpeedStats downloaderAccount = leech.speedStats();
        assertEquals(totalSupply, funds(downloaderChain.channels()), "BTT created or lost");
        assertEquals(paid, earned, "paid by the downloader, earned by the seeder");
        assertEquals(served.bytesUploaded(), seederAccount.pricedBytesSent(), "every block went out at the bid");
        assertEquals(served.bytesUploaded(), downloaderAccount.pricedBytesReceived());
        assertTrue(Math.abs(paid - Prices.valueOf(PRICE, served.bytesUploaded())) <= 1,
                paid + " paid for " + served.bytesUploaded() + " bytes at " + PRICE + " per MiB");
        assertEquals(paid, downloaderAccount.paid());
        assertEquals(earned, seederAccount.earned());
        assertEquals(downloaderChain.channels().size(), downloaderAccount.channelsOpened());
        assertEquals(downloaderChain.channels().size(), seederAccount.closesSubmitted());
        if (deposit < paid) {
            assertTrue(downloaderChain.channels().size() >= 2, "the first channel ran dry");
        }
    }

    /**
     * Two seeders serve one bidder to the end, so the endgame requests its last blocks from both:
     * a duplicate the other seeder sent before it read the cancel, or the bidder's withdrawal (bid 0),
     * may arrive after the download completed. Every priced byte each seeder sent is paid all the
     * same, to the base unit, and every channel is closed cooperatively.
     */
    @RepeatedTest(3)
    void blocksArrivingAfterTheDownloadCompletedArePaidToo() throws Exception {
        startChain(DOWNLOADER_BTT, 50_000);
        long downloaderBefore = balance(downloaderKey);
        RecordingChain downloaderChain = new RecordingChain(chain);
        TorrentPeer first = startSeed();
        TorrentPeer second = startSeed(chain, secondSeederKey, "second seed");
        TorrentPeer leech = startBidder(first, downloaderChain, 4 * MICRO);
        leech.connect(loopback(second.localPort()));
        leech.completion().get(60, TimeUnit.SECONDS);

        assertEquals(sha256(data), sha256(Files.readAllBytes(tmp.resolve("leech/data.bin"))));
        awaitTrue(() -> !downloaderChain.channels().isEmpty() && downloaderChain.channels().stream()
                .allMatch(id -> chain.channel(id).orElseThrow().status() == ChannelView.Status.SETTLED));
        awaitTrue(() -> leech.stats().connections() == 0);

        long paid = downloaderBefore - balance(downloaderKey);
        assertEquals(totalSupply, funds(downloaderChain.channels()), "BTT created or lost");
        assertEquals(paid, balance(seederKey) + balance(secondSeederKey), "paid by the downloader, earned by the seeders");
        assertEquals(paid, leech.speedStats().paid());
        assertEquals(first.speedStats().pricedBytesSent() + second.speedStats().pricedBytesSent(),
                leech.speedStats().pricedBytesReceived(), "every priced block sent arrived");
        for (Map.Entry<TorrentPeer, Signer> seeder : Map.of(first, seederKey, second, secondSeederKey).entrySet()) {
            SpeedStats account = seeder.getKey().speedStats();
            assertEquals(Prices.valueOf(PRICE, account.pricedBytesSent()), balance(seeder.getValue()),
                    "a seeder is paid for every priced byte it sent: " + account);
            assertEquals(account.earned(), balance(seeder.getValue()));
        }
        assertEquals(downloaderChain.channels().size(),
                first.speedStats().closesSubmitted() + second.speedStats().closesSubmitted(), "closed cooperatively");
        assertEquals(0, leech.speedStats().closedAlone());
    }

    /**
     * The seeder's node refuses its first cooperative close (no TRX for the fee, say): the channel
     * is not given up, the seeder submits the agreed close again on a later tick, and it is paid
     * for every byte without a close alone or its challenge window.
     */
    @Test
    void aCloseTheChainRefusedIsSubmittedAgain() throws Exception {
        startChain(DOWNLOADER_BTT, 50_000);
        long downloaderBefore = balance(downloaderKey);
        RecordingChain downloaderChain = new RecordingChain(chain);
        RecordingChain seederChain = new RecordingChain(chain, 1);
        TorrentPeer seed = startSeed(seederChain, seederKey, "seed");
        TorrentPeer leech = startBidder(seed, downloaderChain, 8 * MICRO);
        leech.completion().get(60, TimeUnit.SECONDS);

        awaitTrue(() -> !downloaderChain.channels().isEmpty() && downloaderChain.channels().stream()
                .allMatch(id -> chain.channel(id).orElseThrow().status() == ChannelView.Status.SETTLED));
        awaitTrue(() -> seed.stats().connections() == 0 && leech.stats().connections() == 0);

        long paid = downloaderBefore - balance(downloaderKey);
        assertEquals(1, seederChain.closesRefused());
        assertEquals(totalSupply, funds(downloaderChain.channels()), "BTT created or lost");
        assertEquals(Prices.valueOf(PRICE, seed.speedStats().pricedBytesSent()), balance(seederKey));
        assertEquals(paid, balance(seederKey));
        assertEquals(downloaderChain.channels().size(), seed.speedStats().closesSubmitted(), "closed cooperatively");
        assertEquals(0, leech.speedStats().closedAlone());
        assertEquals(0, seed.speedStats().closedAlone());
    }

    @Test
    void aDownloaderThatNeverPaysIsServedNoMoreThanItsCredit() throws Exception {
        startChain(0, 50_000); // it bids, but holds no BTT to open a channel with
        TorrentPeer seed = startSeed();
        TorrentPeer leech = startBidder(seed, chain, MICRO);

        awaitTrue(() -> seed.speedStats().holding() == 1);
        long served = seed.stats().bytesUploaded();
        // Twenty more blocks on chain: time enough for a payer, and nothing is paid or served.
        long head = chain.read(MockChain::headBlockNumber);
        awaitTrue(() -> chain.read(MockChain::headBlockNumber) >= head + 20);

        int block = 16 * 1024;
        assertTrue(served >= PAYG.creditLimit() - block && served <= PAYG.creditLimit() + block,
                served + " bytes served on a credit of " + PAYG.creditLimit());
        assertEquals(served, seed.stats().bytesUploaded(), "served past the credit limit");
        assertEquals(1, seed.speedStats().holding());
        assertFalse(leech.completion().isDone());
        assertEquals(0, balance(seederKey));
        assertEquals(0, leech.speedStats().channelsOpened());
    }

    /**
     * A downloader whose one channel ran dry, with no BTT for another, stalls at its credit; then
     * it vanishes. The seeder closes the channel alone on the last payment the downloader signed
     * and settles it after the challenge window: it is paid all it accepted, the rest of the
     * deposit goes back, and no BTT is created or lost.
     */
    @Test
    void aSeederIsPaidWhatAVanishedDownloaderSigned() throws Exception {
        List<atlas.protocols.chain.TxId> channels = stallOnADryChannel();
        TorrentPeer seed = peers.get(0);
        long earned = seed.speedStats().earned();
        assertTrue(earned > 0, "the downloader paid before it stalled");

        peers.get(1).close();
        awaitTrue(() -> chain.channel(channels.get(0)).orElseThrow().status() == ChannelView.Status.SETTLED);

        assertEquals(earned, balance(seederKey), "the seeder got every payment it accepted");
        assertEquals(DRY_DEPOSIT - earned, balance(downloaderKey), "the rest of the deposit went back");
        assertEquals(totalSupply, funds(channels), "BTT created or lost");
        awaitTrue(() -> seed.speedStats().channelsSettling() == 0);
        assertEquals(1, seed.speedStats().closedAlone());
        assertEquals(0, seed.speedStats().closesSubmitted());
    }

    /**
     * The same stall, and the seeder vanishes: the downloader closes its channel alone on the last
     * state the seeder acknowledged and gets the rest of its deposit back after the window.
     */
    @Test
    void aDownloaderRecoversItsDepositFromAVanishedSeeder() throws Exception {
        List<atlas.protocols.chain.TxId> channels = stallOnADryChannel();
        TorrentPeer leech = peers.get(1);
        long earned = peers.get(0).speedStats().earned();

        peers.get(0).close();
        awaitTrue(() -> chain.channel(channels.get(0)).orElseThrow().status() == ChannelView.Status.SETTLED);

        assertEquals(earned, balance(seederKey), "the seeder had acknowledged every payment");
        assertEquals(DRY_DEPOSIT - earned, balance(downloaderKey));
        assertEquals(totalSupply, funds(channels), "BTT created or lost");
        awaitTrue(() -> leech.speedStats().channelsSettling() == 0);
        assertEquals(1, leech.speedStats().closedAlone());
    }

    /**
     * The seeder vanishes while the downloader's first channel is on its way to a block: the
     * channel lands with no connection to announce it on, and the downloader closes it alone on
     * its opening state, so its whole deposit comes back after the challenge window (it stayed
     * escrowed for good before).
     */
    @Test
    void aChannelThatLandsAfterItsConnectionClosedReturnsItsDeposit() throws Exception {
        startChain(DOWNLOADER_BTT, 3_000_000);
        RecordingChain downloaderChain = new RecordingChain(chain);
        TorrentPeer seed = startSeed();
        TorrentPeer leech = startBidder(seed, downloaderChain, DRY_DEPOSIT);
        awaitTrue(() -> downloaderChain.opensSubmitted() > 0);
        seed.close();
        awaitTrue(() -> downloaderChain.channels().size() == 1);
        List<atlas.protocols.chain.TxId> channels = downloaderChain.channels();
        awaitTrue(() -> chain.channel(channels.get(0)).orElseThrow().status() == ChannelView.Status.SETTLED);
        assertEquals(DOWNLOADER_BTT, balance(downloaderKey), "the deposit came back whole");
        assertEquals(totalSupply, funds(channels), "BTT created or lost");
        awaitTrue(() -> leech.speedStats().channelsSettling() == 0);
    }

    /** A slow paid seeder and a bidder with 4 BTT deposits, once the bidder has paid something; closes alone wait an hour. */
    private PaidDownload paidDownloadUnderWay() throws Exception {
        startChain(DOWNLOADER_BTT, 50_000, LONG_WINDOW);
        RecordingChain downloaderChain = new RecordingChain(chain);
        TorrentPeer seed = startSlowSeed();
        TorrentPeer leech = startBidder(seed, downloaderChain, 4 * MICRO);
        awaitTrue(() -> leech.speedStats().paid() > 0);
        return new PaidDownload(downloaderChain, seed, leech);
    }

    private record PaidDownload(RecordingChain downloaderChain, TorrentPeer seed, TorrentPeer leech) {
    }

    /**
     * The seeder leaves gracefully while the bidder is mid-download: it stops serving and tells
     * the bidder, which pays every priced block that came before the notice and proposes closing
     * its channel; the seeder submits the close before it disconnects. Nothing is closed alone
     * (the challenge window is longer than the test's timeout), and no BTT is created or lost.
     */
    @RepeatedTest(3)
    void aSeederThatLeavesMidDownloadIsPaidForEveryPricedByte() throws Exception {
        PaidDownload d = paidDownloadUnderWay();

        d.seed().leave().get(60, TimeUnit.SECONDS);
        awaitTrue(d.leech().completion()::isDone); // its only peer is gone
        assertTrue(d.leech().completion().isCompletedExceptionally(), "the seeder left before the download completed");
        awaitTrue(() -> d.downloaderChain().channels().stream()
                .allMatch(id -> chain.channel(id).orElseThrow().status() == ChannelView.Status.SETTLED));

        assertPaidCooperatively(d.seed(), d.leech(), d.downloaderChain());
    }

    /**
     * The bidder leaves gracefully mid-download: it withdraws its bid, pays every priced block the
     * seeder sent before answering the withdrawal, and proposes closing its channel, and it stays
     * until the close is on chain: once its loop has ended its unspent deposit is back in its
     * balance, with no challenge window to wait for.
     */
    @RepeatedTest(3)
    void aBidderThatLeavesMidDownloadPaysForEveryPricedByteAndRecoversItsDeposit() throws Exception {
        PaidDownload d = paidDownloadUnderWay();

        d.leech().leave().get(60, TimeUnit.SECONDS);
        assertFalse(d.leech().completion().isDone(), "the bidder left before its download completed");
        assertFalse(d.downloaderChain().channels().isEmpty());
        for (atlas.protocols.chain.TxId id : d.downloaderChain().channels()) {
            assertEquals(ChannelView.Status.SETTLED, chain.channel(id).orElseThrow().status(), "settled before it left");
        }
        assertEquals(DOWNLOADER_BTT - d.leech().speedStats().paid(), balance(downloaderKey),
                "the unspent deposit is back");

        assertPaidCooperatively(d.seed(), d.leech(), d.downloaderChain());
    }

    /** Every priced byte the seeder sent paid, to the base unit, through channels it closed cooperatively. */
    private void assertPaidCooperatively(TorrentPeer seed, TorrentPeer leech, RecordingChain downloaderChain) {
        long paid = DOWNLOADER_BTT - balance(downloaderKey);
        SpeedStats seederAccount = seed.speedStats();
        SpeedStats downloaderAccount = leech.speedStats();
        assertTrue(seederAccount.pricedBytesSent() > 0 && seederAccount.pricedBytesSent() < data.length,
                "mid-download: " + seederAccount);
        assertEquals(Prices.valueOf(PRICE, seederAccount.pricedBytesSent()), balance(seederKey),
                "the seeder is paid for every priced byte it sent: " + seederAccount);
        assertEquals(seederAccount.pricedBytesSent(), downloaderAccount.pricedBytesReceived());
        assertEquals(paid, balance(seederKey), "paid by the downloader, earned by the seeder");
        assertEquals(paid, downloaderAccount.paid());
        assertEquals(paid, seederAccount.earned());
        assertEquals(totalSupply, funds(downloaderChain.channels()), "BTT created or lost");
        assertEquals(downloaderChain.channels().size(), seederAccount.closesSubmitted(), "closed cooperatively");
        assertEquals(0, seederAccount.closedAlone());
        assertEquals(0, downloaderAccount.closedAlone());
    }

    /** A seeder and a downloader holding a deposit of all its BTT, too little for the file: it pays it out and stalls. */
    private List<atlas.protocols.chain.TxId> stallOnADryChannel() throws Exception {
        startChain(DRY_DEPOSIT, 50_000);
        RecordingChain downloaderChain = new RecordingChain(chain);
        TorrentPeer seed = startSeed();
        TorrentPeer leech = startBidder(seed, downloaderChain, DRY_DEPOSIT);
        awaitTrue(() -> seed.speedStats().holding() == 1 && leech.speedStats().paid() > 0);
        // The last payment's acknowledgement has a moment to arrive: the stall is for good.
        long head = chain.read(MockChain::headBlockNumber);
        awaitTrue(() -> chain.read(MockChain::headBlockNumber) >= head + 10);
        assertFalse(leech.completion().isDone());
        assertEquals(leech.speedStats().paid(), seed.speedStats().earned());
        assertEquals(1, downloaderChain.channels().size());
        return downloaderChain.channels();
    }

    // ---- fixture ------------------------------------------------------------------------------

    private void startChain(long downloaderBtt, long blockMicros) {
        startChain(downloaderBtt, blockMicros, WINDOW);
    }

    private void startChain(long downloaderBtt, long blockMicros, long challengeWindowMicros) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(8L);
        keys = SignatureScheme.ED25519.newKeys(random);
        funder = keys.newSigner();
        downloaderKey = keys.newSigner();
        seederKey = keys.newSigner();
        secondSeederKey = keys.newSigner();
        Map<String, Address> accounts = Map.of("funder", funder.address(), "downloader", downloaderKey.address(),
                "seeder", seederKey.address(), "second seeder", secondSeederKey.address());
        totalSupply = FUNDER_BTT + downloaderBtt;
        GenesisAllocation genesis = new GenesisAllocation(BTT, 6, totalSupply, List.of(
                new GenesisAllocation.Line("funder", FUNDER_BTT),
                new GenesisAllocation.Line("downloader", downloaderBtt),
                new GenesisAllocation.Line("seeder", 0),
                new GenesisAllocation.Line("second seeder", 0)), 10_000 * MICRO);
        MockChain mock = new MockChain(ChainParameters.defaults().withBlockIntervalMicros(blockMicros)
                .withChallengeWindowMicros(challengeWindowMicros), genesis,
                accounts::get, keys.verifier(), random);
        chain = new LiveChain(mock, LiveChain.systemClock()).start();
    }

    private TorrentPeer startSeed() throws Exception {
        return startSeed(chain, seederKey, "seed");
    }

    /** A seeder uploading at {@link #SLOW_UPLOAD}: a download from it takes seconds, time to leave in its midst. */
    private TorrentPeer startSlowSeed() throws Exception {
        return startSeed(chain, seederKey, "seed", PEER.withUploadLimit(SLOW_UPLOAD));
    }

    /** A seeder earning in {@code key}'s account through {@code seederChain}, its files in {@code dirName}. */
    private TorrentPeer startSeed(Chain seederChain, Signer key, String dirName) throws Exception {
        return startSeed(seederChain, key, dirName, PEER);
    }

    private TorrentPeer startSeed(Chain seederChain, Signer key, String dirName, PeerSettings settings)
            throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(dirName));
        Files.write(dir.resolve("data.bin"), data);
        return start(torrent, dir, settings, new SpeedSettings(seederChain, key, new Ed25519Verifier(), BTT,
                new Participation(true, false, true), null, PAYG, MICRO, 86_400 * MICRO, 3_600 * MICRO,
                10 * MICRO), true);
    }

    /** The downloader, bidding {@link #PRICE} with channels of {@code deposit}, connected to {@code seed}. */
    private TorrentPeer startBidder(TorrentPeer seed, Chain downloaderChain, long deposit) throws Exception {
        TorrentPeer leech = start(torrent, Files.createDirectories(tmp.resolve("leech")), PEER, new SpeedSettings(
                downloaderChain, downloaderKey, new Ed25519Verifier(), BTT, new Participation(true, true, true),
                new FixedBid(new FixedBidParams(new BttPerMiB(PRICE))), PAYG, deposit, 86_400 * MICRO,
                3_600 * MICRO, 10 * MICRO), false);
        leech.connect(loopback(seed.localPort()));
        return leech;
    }

    private TorrentPeer start(Metainfo metainfo, Path dir, PeerSettings settings, SpeedSettings speed, boolean listen)
            throws Exception {
        TorrentPeer peer = TorrentPeer.open(metainfo, dir, settings, speed, TorrentPeer.systemClock(),
                RandomSource.XO_RO_SHI_RO_128_PP.create(peers.size() + 1L));
        peers.add(peer);
        if (listen) {
            peer.listen(loopback(0));
        }
        Thread thread = new Thread(peer::run, "peer-" + peers.size());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        threads.add(thread);
        thread.start();
        return peer;
    }

    private long balance(Signer account) {
        return chain.assetBalance(account.address(), BTT);
    }

    /** Every BTT there is: the three accounts plus what channels not yet settled hold in escrow. */
    private long funds(List<atlas.protocols.chain.TxId> channels) {
        long escrow = 0;
        for (atlas.protocols.chain.TxId id : channels) {
            ChannelView v = chain.channel(id).orElseThrow();
            escrow += v.status() == ChannelView.Status.SETTLED ? 0 : v.deposit();
        }
        return balance(funder) + balance(downloaderKey) + balance(seederKey) + balance(secondSeederKey) + escrow;
    }

    /** Polls until {@code condition} holds; the class's timeout bounds the wait. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(10);
        }
    }

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    private static byte[] content(int length) {
        byte[] bytes = new byte[length];
        RandomSource.XO_RO_SHI_RO_128_PP.create(42L).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
