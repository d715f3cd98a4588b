package atlas.sim.scenario;

import atlas.sim.chain.ChainParameters;
import atlas.sim.chain.GenesisAllocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link Scenario} back as YAML with every key present and every default filled in
 * ({@code scenario.resolved.yaml}), quantities in their units ("256 KiB", "10 s", "1 Mbit/s"), in
 * the key order of {@code scenarios/reference.yaml}. Loading that text gives an equal scenario.
 * A file the scenario reads (an arrival trace, a token price CSV) is written as its path relative
 * to the directory the resolved file goes to (absolute only on another file-system root), so that
 * results reread their files wherever the repository holding both is cloned, followed by a comment
 * with the SHA-256 of its bytes. {@link #hash} identifies the scenario in
 * results: the SHA-256 of the same text with each such file given by the digest of its bytes
 * alone, so that editing a row changes the hash and copies of a file in two folders do not.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /** The resolved text of {@code s}, to be written into {@code directory}. */
    public static String toResolvedYaml(Scenario s, Path directory) {
        Path base = directory.toAbsolutePath().normalize();
        return YamlText.render(tree(s, file -> new YamlText.Commented(relative(base, file), "sha256 " + fileDigest(file))));
    }

    private static String relative(Path base, String file) {
        Path path = Path.of(file);
        return path.isAbsolute() && path.getRoot().equals(base.getRoot()) ? base.relativize(path).toString() : file;
    }

    /**
     * SHA-256, as lower-case hex, of {@link #toResolvedYaml} with every file the scenario reads
     * given by the digest of its bytes instead of its path and comment.
     */
    public static String hash(Scenario s) {
        return sha256(YamlText.render(tree(s, file -> "sha256 " + fileDigest(file))).getBytes(StandardCharsets.UTF_8));
    }

    /** The scenario as ordered maps and lists, each file it reads written as {@code file.apply(its path)}. */
    private static Map<String, Object> tree(Scenario s, Function<String, Object> file) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", s.name());
        root.put("seed", s.seed());
        root.put("until", until(s.until()));
        root.put("sample-interval", Quantities.formatDuration(s.sampleIntervalMicros()));
        root.put("content", map("size", Quantities.formatSize(s.content().sizeBytes()),
                "piece", Quantities.formatSize(s.content().pieceBytes())));
        List<Object> classes = new ArrayList<>();
        for (PeerClass peerClass : s.network().classes()) {
            classes.add(map("name", peerClass.name(), "share", peerClass.share(),
                    "upload", rate(peerClass.upload()), "download", rate(peerClass.download())));
        }
        root.put("network", map("latency", latency(s.network()), "classes", classes));
        List<Object> seeds = new ArrayList<>();
        for (SeedGroup group : s.seeds()) {
            seeds.add(map("count", group.count(), "upload", Quantities.formatRate(group.uploadBytesPerSecond()),
                    "download", Quantities.formatRate(group.downloadBytesPerSecond()),
                    "leaves", group.leavesAtMicros() == SeedGroup.NEVER ? "never"
                            : Quantities.formatDuration(group.leavesAtMicros())));
        }
        root.put("seeds", seeds);
        root.put("arrivals", arrivals(s.arrivals(), file));
        ProtocolSettings p = s.protocol();
        root.put("protocol", map("picker", PolicyParams.describe(p.picker(), "name"),
                "choker", map("slots", p.uploadSlots(), "leecher", PolicyParams.describe(p.leecherChoker(), "name"),
                        "seed", PolicyParams.describe(p.seedChoker(), "name")),
                "block", Quantities.formatSize(p.blockBytes()), "pipeline", p.pipelineDepth(),
                "backlog", Quantities.formatDuration(p.backlogMicros()), "max-pipeline", p.maxPipelineDepth(),
                "request-timeout", Quantities.formatDuration(p.requestTimeoutMicros()), "endgame", p.endgame().yamlName()));
        TrackerSettings t = s.tracker();
        root.put("tracker", map("peers-per-announce", t.peersPerAnnounce(), "reannounce-below", t.reannounceBelow(),
                "announce-interval", Quantities.formatDuration(t.announceIntervalMicros()),
                "max-connections", t.maxConnections(), "idle-timeout", Quantities.formatDuration(t.idleTimeoutMicros())));
        root.put("behaviour", map("abort", Quantities.formatEventRate(s.behaviour().abortRatePerSecond()),
                "seeding", PolicyParams.describe(s.behaviour().seeding(), "model")));
        root.put("chain", chain(s.chain()));
        if (s.incentives() != null) {
            root.put("incentives", incentives(s.incentives(), file));
        }
        return root;
    }

    private static String fileDigest(String file) {
        try {
            return sha256(Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            // The loader read it; it vanished or became unreadable since.
            throw new UncheckedIOException("the scenario's file " + file + " no longer reads: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static Object until(Until until) {
        if (until instanceof Until.Duration d) {
            return Quantities.formatDuration(d.micros());
        }
        return map("all-complete", map("limit", Quantities.formatDuration(((Until.AllComplete) until).limitMicros())));
    }

    private static Object incentives(IncentivesSettings i, Function<String, Object> file) {
        Map<String, Object> section = map("participation", i.participation(), "bidders", i.bidders(),
                "free-riders", i.freeRiders(),
                "seeds-earn", i.seedsEarn(), "bid", PolicyParams.describe(i.bid(), "name"),
                "payment", map("interval", Quantities.formatSize(i.payment().paymentInterval()),
                        "credit-limit", Quantities.formatSize(i.payment().creditLimit())),
                "deposit", btt(i.deposit()),
                "holdings", DistributionSection.write(i.holdings(), units -> btt(Math.round(units))),
                "trx-holdings", Quantities.formatTrx(i.trxHoldings()), "funder", i.funder(),
                "token-price", tokenPrice(i.tokenPrice(), file),
                "airdrops", i.airdrops().stream().map(ScenarioWriter::airdrop).toList(),
                "costs", map("upload", Quantities.formatUsdPerGiB(i.costs().uploadUsdPerGiB()),
                        "online", Quantities.formatUsdPerHour(i.costs().onlineUsdPerHour())));
        if (i.topUp() != null) {
            section.put("top-up", map("below", btt(i.topUp().below()), "amount", btt(i.topUp().amount())));
        }
        if (i.valueOfTime() != null) {
            section.put("value-of-time", DistributionSection.write(i.valueOfTime(), Quantities::formatUsdPerHour));
        }
        return section;
    }

    private static Object airdrop(IncentivesSettings.Airdrop drop) {
        Map<String, Object> written = map("at", Quantities.formatDuration(drop.firstMicros()));
        if (drop.everyMicros() > 0) {
            written.put("every", Quantities.formatDuration(drop.everyMicros()));
        }
        written.put("amount", btt(drop.amount()));
        return written;
    }

    private static String btt(long baseUnits) {
        return Quantities.formatBtt(baseUnits, IncentivesSection.PRECISION);
    }

    private static Object tokenPrice(PriceModel price, Function<String, Object> file) {
        if (price instanceof PriceModel.Constant c) {
            return Quantities.formatUsd(c.usdPerBtt());
        }
        if (price instanceof PriceModel.Gbm g) {
            return map("gbm", map("initial", Quantities.formatUsd(g.initialUsdPerBtt()), "drift", g.driftPerYear(),
                    "volatility", g.volatilityPerYear(), "step", Quantities.formatDuration(g.stepMicros())));
        }
        return map("csv", file.apply(((PriceModel.Csv) price).file()));
    }

    private static Object chain(ChainSettings chain) {
        ChainParameters p = chain.parameters();
        GenesisAllocation g = chain.genesis();
        long[] amounts = g.lines().stream().mapToLong(GenesisAllocation.Line::amount).toArray();
        BigDecimal[] shares = GenesisShares.shares(amounts, g.totalSupply());
        List<Object> allocation = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            allocation.add(map("category", g.lines().get(i).category(), "share", shares[i]));
        }
        return map("signer", ChainSettings.yamlName(chain.signer()),
                "block-interval", Quantities.formatDuration(p.blockIntervalMicros()),
                "representatives", p.representatives(), "solidification-blocks", p.solidificationBlocks(),
                "max-block-size", Quantities.formatSize(p.maxBlockBytes()),
                "max-transaction-size", Quantities.formatSize(p.maxTransactionBytes()),
                "expiration", Quantities.formatDuration(p.defaultExpirationMicros()),
                "max-expiration", Quantities.formatDuration(p.maxExpirationMicros()),
                "result-size", Quantities.formatSize(p.resultBytes()),
                "free-bandwidth", Quantities.formatSize(p.freeBandwidthBytes()),
                "bandwidth-price", Quantities.formatTrxPerByte(p.bandwidthPriceSun()),
                "account-creation-fee", Quantities.formatTrx(p.createAccountFeeSun()),
                "account-creation-bandwidth-fee", Quantities.formatTrx(p.createAccountBandwidthFeeSun()),
                "missed-slot-probability", p.missedSlotProbability(),
                "challenge-window", Quantities.formatDuration(p.challengeWindowMicros()),
                "genesis", map("supply", Quantities.formatBtt(g.totalSupply(), g.precision()),
                        "precision", g.precision(), "trx-per-account", Quantities.formatTrx(g.trxPerAccountSun()),
                        "allocation", allocation));
    }

    private static Object latency(Network network) {
        LatencyModel latency = network.latency();
        if (latency instanceof LatencyModel.Constant c) {
            return map("constant", Quantities.formatDuration(c.micros()));
        }
        if (latency instanceof LatencyModel.Uniform u) {
            return map("uniform", List.of(Quantities.formatDuration(u.minMicros()), Quantities.formatDuration(u.maxMicros())));
        }
        // Each pair once, in class order, so the text does not depend on map iteration order.
        Map<String, Map<String, Long>> micros = ((LatencyModel.PerClassPair) latency).micros();
        Map<String, Object> rows = new LinkedHashMap<>();
        List<PeerClass> classes = network.classes();
        for (int i = 0; i < classes.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int j = i; j < classes.size(); j++) {
                row.put(classes.get(j).name(),
                        Quantities.formatDuration(micros.get(classes.get(i).name()).get(classes.get(j).name())));
            }
            rows.put(classes.get(i).name(), row);
        }
        return map("per-class", rows);
    }

    private static Object rate(RateDistribution rate) {
        if (rate instanceof RateDistribution.Fixed f) {
            return Quantities.formatRate(f.bytesPerSecond());
        }
        if (rate instanceof RateDistribution.Uniform u) {
            return map("uniform", List.of(Quantities.formatRate(u.min()), Quantities.formatRate(u.max())));
        }
        RateDistribution.LogNormal l = (RateDistribution.LogNormal) rate;
        return map("lognormal", map("median", Quantities.formatRate(l.median()), "sigma", l.sigma()));
    }

    private static Object arrivals(Arrivals arrivals, Function<String, Object> file) {
        if (arrivals instanceof Arrivals.FlashCrowd f) {
            return map("flash-crowd", map("peers", f.peers()));
        }
        if (arrivals instanceof Arrivals.Poisson p) {
            return map("poisson", map("rate", Quantities.formatEventRate(p.ratePerSecond()),
                    "max-peers", p.maxPeers() == Integer.MAX_VALUE ? "unlimited" : p.maxPeers(),
                    "until", Quantities.formatDuration(p.untilMicros())));
        }
        if (arrivals instanceof Arrivals.Schedule schedule) {
            List<Object> segments = new ArrayList<>();
            for (Arrivals.Segment segment : schedule.segments()) {
                segments.add(map("until", Quantities.formatDuration(segment.untilMicros()),
                        "rate", Quantities.formatEventRate(segment.ratePerSecond())));
            }
            return map("schedule", segments);
        }
        return map("trace", map("file", file.apply(((Arrivals.Trace) arrivals).file().toString())));
    }

    /** An ordered map from alternating keys and values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
