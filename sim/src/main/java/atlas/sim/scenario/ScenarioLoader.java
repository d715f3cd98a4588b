package atlas.sim.scenario;

import atlas.protocols.PolicyRegistry;
import atlas.protocols.choke.MainlineChokerParams;
import atlas.protocols.piece.Endgame;
import atlas.protocols.piece.PieceGeometry;
import atlas.protocols.piece.RequestSettings;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario YAML file strictly into a {@link Scenario} with every default filled in, and
 * validates it: unknown keys, wrong types, bare numbers where a unit is needed, out-of-range
 * values, unknown policies and inconsistent settings are all reported together, each with file,
 * line and key path, in a {@link ScenarioException}. {@code scenarios/reference.yaml} documents
 * every key and default read here. Modelled on jreleaser's strict YAML configuration parser;
 * unlike Caffeine's simulator config, nothing misspelt silently falls back on a default.
 */
public final class ScenarioLoader {

    static final long DEFAULT_SEED = 1;
    static final long DEFAULT_LIMIT_MICROS = Quantities.parseDuration("30 d");
    static final long DEFAULT_SAMPLE_INTERVAL_MICROS = Quantities.parseDuration("10 s");
    static final long DEFAULT_PIECE_BYTES = Quantities.parseSize("256 KiB");
    static final long DEFAULT_LATENCY_MICROS = Quantities.parseDuration("50 ms");
    // The protocol's defaults are the real peer's: the simulator takes them, never restates them.
    static final long DEFAULT_BLOCK_BYTES = PieceGeometry.DEFAULT_BLOCK;
    static final int DEFAULT_PIPELINE = RequestSettings.defaults().pipelineDepth();
    static final long DEFAULT_BACKLOG_MICROS = RequestSettings.defaults().backlogMicros();
    static final int DEFAULT_MAX_PIPELINE = RequestSettings.defaults().maxPipelineDepth();
    static final long DEFAULT_REQUEST_TIMEOUT_MICROS = RequestSettings.defaults().requestTimeoutMicros();
    static final int DEFAULT_SLOTS = MainlineChokerParams.DEFAULTS.slots();
    static final int DEFAULT_PEERS_PER_ANNOUNCE = 50;
    static final int DEFAULT_REANNOUNCE_BELOW = 20;
    static final long DEFAULT_ANNOUNCE_INTERVAL_MICROS = Quantities.parseDuration("30 min");
    static final int DEFAULT_MAX_CONNECTIONS = 80;
    static final long DEFAULT_IDLE_TIMEOUT_MICROS = Quantities.parseDuration("10 min");
    static final String DEFAULT_PICKER = "rarest-first";
    static final String DEFAULT_LEECHER_CHOKER = "mainline";
    static final String DEFAULT_SEED_CHOKER = "mainline-seed";
    static final String DEFAULT_SEEDING = "leave-at-once";

    private static final double SHARE_TOLERANCE = 1e-9;
    private static final String ALL_COMPLETE = "all-complete";

    private final ScenarioValidation problems;
    private final PolicyRegistries registries;
    private static final String ECONOMIC_SEEDING = "economic";
    private final Path baseDirectory;
    private final String defaultName;
    private final List<ScenarioOverride> overrides;
    /** The arrival trace once read, for checks that span sections; null unless arrivals are a trace. */
    private ArrivalTrace trace;

    private ScenarioLoader(Path origin, PolicyRegistries registries, List<ScenarioOverride> overrides) {
        this.problems = new ScenarioValidation(origin.toString());
        this.registries = registries;
        this.overrides = List.copyOf(overrides);
        Path absolute = origin.toAbsolutePath();
        this.baseDirectory = absolute.getParent() == null ? absolute : absolute.getParent();
        this.defaultName = Values.nameOf(origin, "scenario");
    }

    /** Loads a scenario file; policy names refer to {@link PolicyRegistries#standard()}. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, PolicyRegistries.standard());
    }

    /** Loads a scenario from text, as {@link #parse(String, Path, PolicyRegistries)} with the standard registries. */
    public static Scenario parse(String yaml, Path origin) throws ScenarioException {
        return parse(yaml, origin, PolicyRegistries.standard());
    }

    /** Loads a scenario file, resolving the names of policies in {@code registries}. */
    public static Scenario load(Path file, PolicyRegistries registries) throws ScenarioException {
        String text;
        try {
            text = Utf8File.read(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(file.toString(), 0, "", "file not found")));
        } catch (Utf8File.NotUtf8Exception e) {
            throw new ScenarioException(List.of(new ScenarioProblem(file.toString(), e.line(), "", e.getMessage())));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(file.toString(), 0, "",
                    "cannot read the file: " + e.getMessage())));
        }
        return parse(text, file, registries);
    }

    /**
     * Loads a scenario from text. {@code origin} names it in problems, gives the default scenario
     * name (its file name without .yaml), and is where relative paths such as a trace file start.
     */
    public static Scenario parse(String yaml, Path origin, PolicyRegistries registries) throws ScenarioException {
        return parse(yaml, origin, registries, List.of());
    }

    /**
     * Loads a scenario from text with {@code overrides} written into it first (a sweep's point):
     * the result is validated exactly as if the values were written in the text, and problems with
     * an overriding value are reported in the file, at the line and under the parameter it names.
     */
    public static Scenario parse(String yaml, Path origin, PolicyRegistries registries,
            List<ScenarioOverride> overrides) throws ScenarioException {
        return new ScenarioLoader(origin, registries, overrides).read(yaml);
    }

    private Scenario read(String yaml) throws ScenarioException {
        YamlNode root = YamlTree.parse(yaml, problems);
        if (root == null) {
            problems.throwIfAny();
        }
        root = ScenarioOverrides.apply(root, overrides, problems);
        Section top = Section.of(root, problems, List.of("name", "seed", "until", "sample-interval", "content",
                "network", "seeds", "arrivals", "protocol", "tracker", "behaviour", "chain", "incentives"));
        String name = top.optional("name", Values::identifier, defaultName);
        Long seed = top.optional("seed", Values::integer, DEFAULT_SEED);
        Until until = until(top.get("until"));
        Long sampleInterval = top.optional("sample-interval", Values.duration(1), DEFAULT_SAMPLE_INTERVAL_MICROS);
        Content content = content(top.require("content", "the shared content, e.g. { size: 100 MiB, piece: 256 KiB }"));
        Network network = network(top.require("network", "peer classes, e.g. { classes: [ { name: dsl, share: 1,"
                + " upload: 1 Mbit/s, download: 8 Mbit/s } ] }"));
        List<SeedGroup> seeds = seeds(top.require("seeds", "the initial seeds, e.g. [ { count: 1, upload: 10 Mbit/s } ]"));
        long endMicros = until == null ? DEFAULT_LIMIT_MICROS
                : until instanceof Until.Duration d ? d.micros() : ((Until.AllComplete) until).limitMicros();
        Arrivals arrivals = arrivals(top.require("arrivals", "how peers arrive, e.g. { flash-crowd: { peers: 1000 } }"),
                endMicros, network == null ? null : network.classes().stream().map(PeerClass::name).toList());
        ProtocolSettings protocol = protocol(top.get("protocol"), content, top.get("content"));
        TrackerSettings tracker = tracker(top.get("tracker"));
        Behaviour behaviour = behaviour(top.get("behaviour"), top.get("arrivals"));
        ChainSettings chain = ChainSection.read(top.get("chain"), problems);
        IncentivesSettings incentives = IncentivesSection.read(top.get("incentives"), chain, baseDirectory, problems);
        if (behaviour != null && behaviour.seeding().name().equals(ECONOMIC_SEEDING) && top.get("incentives") == null) {
            YamlNode at = top.get("behaviour");
            problems.add(at, "seeding model '" + ECONOMIC_SEEDING + "' weighs BTT earnings against costs: it needs an"
                    + " 'incentives' section (token-price, costs; see scenarios/reference.yaml)");
        }
        if (seeds != null && arrivals != null) {
            checkSeedsAgainstPeers(seeds, arrivals, top.get("seeds"));
        }
        problems.throwIfAny();
        return new Scenario(name, seed, until, sampleInterval, content, network, seeds, arrivals, protocol, tracker,
                behaviour, chain, incentives);
    }

    private Until until(YamlNode node) {
        if (node == null) {
            return new Until.AllComplete(DEFAULT_LIMIT_MICROS);
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            if (s.text().equals(ALL_COMPLETE)) {
                return new Until.AllComplete(DEFAULT_LIMIT_MICROS);
            }
            if (!startsLikeNumber(s.text())) {
                problems.add(node, "expected 'all-complete', { all-complete: { limit: 30 d } } or a duration such as"
                        + " '6 h', not '" + s.text() + "'" + ClosestName.hint(s.text(), List.of(ALL_COMPLETE)));
                return null;
            }
        }
        if (node instanceof YamlNode.Mapping) {
            Section until = Section.of(node, problems, List.of(ALL_COMPLETE));
            YamlNode allComplete = until.require(ALL_COMPLETE, "{ all-complete: { limit: 30 d } }");
            if (allComplete == null) {
                return null;
            }
            Long limit = Section.of(allComplete, problems, List.of("limit"))
                    .optional("limit", Values.duration(1), DEFAULT_LIMIT_MICROS);
            return limit == null ? null : new Until.AllComplete(limit);
        }
        Long micros = Values.duration(1).convert(node, problems);
        return micros == null ? null : new Until.Duration(micros);
    }

    private Content content(YamlNode node) {
        Section content = Section.of(node, problems, List.of("size", "piece"));
        Long size = content.required("size", Values::size, "the content size, e.g. '100 MiB'");
        Long piece = content.optional("piece", Values::size, DEFAULT_PIECE_BYTES);
        if (piece != null && piece > Integer.MAX_VALUE) {
            problems.add(content.get("piece"), "a piece can be at most " + Quantities.formatSize(Integer.MAX_VALUE)
                    + "; typical pieces are 256 KiB to 16 MiB");
            return null;
        }
        if (size == null || piece == null) {
            return null;
        }
        if ((size + piece - 1) / piece > Integer.MAX_VALUE) {
            problems.add(content.get("piece"), "the content would have more than " + Integer.MAX_VALUE
                    + " pieces; use larger pieces");
            return null;
        }
        return new Content(size, piece.intValue());
    }

    private Network network(YamlNode node) {
        Section network = Section.of(node, problems, List.of("latency", "classes"));
        ClassList classes = classes(network.require("classes",
                "the peer classes, e.g. [ { name: dsl, share: 1, upload: 1 Mbit/s, download: 8 Mbit/s } ]"));
        // Pairs are checked among the classes whose names are valid, whatever else is wrong with them.
        LatencyModel latency = latency(network.get("latency"), classes == null ? null : classes.names());
        return classes == null || classes.classes() == null || latency == null ? null
                : new Network(latency, classes.classes());
    }

    /**
     * The peer classes read from the list: all of them, or null if any is invalid; and the valid
     * names, which checks on other keys can use even when some class is invalid.
     */
    private record ClassList(List<PeerClass> classes, List<String> names) {
    }

    private ClassList classes(YamlNode node) {
        List<YamlNode> items = nonEmptyList(node, "peer classes");
        if (items == null) {
            return null;
        }
        List<PeerClass> classes = new ArrayList<>();
        Map<String, YamlNode> names = new LinkedHashMap<>();
        boolean valid = true;
        double shareSum = 0;
        boolean sharesValid = true;
        for (YamlNode item : items) {
            Section peerClass = Section.of(item, problems, List.of("name", "share", "upload", "download"));
            String name = peerClass.required("name", Values::identifier, "the class name, e.g. dsl");
            if (Network.SEED_CLASS.equals(name)) {
                problems.add(peerClass.get("name"), "class name '" + name + "' is reserved for the initial seeds "
                        + "(peers.csv's class column); give this class another name");
                name = null;
            } else if (name != null && names.putIfAbsent(name, peerClass.get("name")) != null) {
                problems.add(peerClass.get("name"), "class '" + name + "' is defined twice; class names must differ");
                name = null;
            }
            Double share = peerClass.required("share", Values.real(0, true, 1),
                    "the fraction of arriving peers in this class, e.g. 0.5");
            RateDistribution upload = rateDistribution(peerClass.require("upload", "e.g. '1 Mbit/s'"));
            RateDistribution download = rateDistribution(peerClass.require("download", "e.g. '8 Mbit/s'"));
            if (share == null) {
                sharesValid = false;
            } else {
                shareSum += share;
            }
            if (name == null || share == null || upload == null || download == null) {
                valid = false;
            } else {
                classes.add(new PeerClass(name, share, upload, download));
            }
        }
        // The sum is checked whatever the classes' other fields say; with a share missing it would mislead.
        if (sharesValid && Math.abs(shareSum - 1) > SHARE_TOLERANCE) {
            problems.add(node, "the classes' shares sum to " + shareSum + "; they must sum to 1 (within "
                    + SHARE_TOLERANCE + ")");
            valid = false;
        }
        return new ClassList(valid ? classes : null, List.copyOf(names.keySet()));
    }

    private RateDistribution rateDistribution(YamlNode node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping)) {
            Double rate = Values.rate(node, problems);
            return rate == null ? null : new RateDistribution.Fixed(rate);
        }
        YamlNode.Field choice = Section.oneOf(node, problems, List.of("uniform", "lognormal"),
                "a rate such as '1 Mbit/s', { uniform: [1 Mbit/s, 5 Mbit/s] } or { lognormal: { median: 2 Mbit/s, sigma: 0.5 } }");
        if (choice == null) {
            return null;
        }
        if (choice.key().equals("uniform")) {
            List<Double> range = Values.pair(choice.value(), problems, Values::rate, "rates such as [1 Mbit/s, 5 Mbit/s]");
            return range == null ? null : new RateDistribution.Uniform(range.get(0), range.get(1));
        }
        Section lognormal = Section.of(choice.value(), problems, List.of("median", "sigma"));
        Double median = lognormal.required("median", Values::rate, "the median rate, e.g. '2 Mbit/s'");
        Double sigma = lognormal.required("sigma", Values.real(0, false, Double.POSITIVE_INFINITY),
                "the standard deviation of the rate's logarithm (0: every peer at the median), e.g. 0.5");
        return median == null || sigma == null ? null : new RateDistribution.LogNormal(median, sigma);
    }

    private LatencyModel latency(YamlNode node, List<String> classNames) {
        if (node == null) {
            return new LatencyModel.Constant(DEFAULT_LATENCY_MICROS);
        }
        YamlNode.Field choice = Section.oneOf(node, problems, List.of("constant", "uniform", "per-class"),
                "{ constant: 50 ms }, { uniform: [10 ms, 400 ms] } or { per-class: { CLASS: { CLASS: 50 ms, ... }, ... } }");
        if (choice == null) {
            return null;
        }
        return switch (choice.key()) {
            case "constant" -> {
                Long micros = Values.duration(0).convert(choice.value(), problems);
                yield micros == null ? null : new LatencyModel.Constant(micros);
            }
            case "uniform" -> {
                List<Long> range = Values.pair(choice.value(), problems, Values.duration(0), "durations such as [10 ms, 400 ms]");
                yield range == null ? null : new LatencyModel.Uniform(range.get(0), range.get(1));
            }
            default -> perClassLatency(choice.value(), classNames);
        };
    }

    private LatencyModel perClassLatency(YamlNode node, List<String> classNames) {
        if (classNames == null) {
            return null;
        }
        Section rows = Section.of(node, problems, classNames);
        Map<String, Map<String, Long>> given = new LinkedHashMap<>();
        boolean valid = rows.node() != null;
        for (String from : classNames) {
            YamlNode row = rows.get(from);
            if (row == null) {
                continue;
            }
            Section columns = Section.of(row, problems, classNames);
            for (String to : classNames) {
                Long micros = columns.optional(to, Values.duration(0), -1L);
                if (micros == null) {
                    valid = false;
                } else if (micros >= 0) {
                    given.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(to, micros);
                }
            }
        }
        Map<String, Map<String, Long>> symmetric = new LinkedHashMap<>();
        for (String a : classNames) {
            for (String b : classNames) {
                Long ab = given.getOrDefault(a, Map.of()).get(b);
                Long ba = given.getOrDefault(b, Map.of()).get(a);
                if (ab != null && ba != null && !ab.equals(ba) && a.compareTo(b) < 0) {
                    problems.add(rows.get(b), "latency " + a + "-" + b + " is " + Quantities.formatDuration(ab)
                            + " but " + b + "-" + a + " is " + Quantities.formatDuration(ba) + "; latency is symmetric,"
                            + " give each pair once or twice with the same value");
                    valid = false;
                } else if (ab == null && ba == null && a.compareTo(b) <= 0 && rows.node() != null) {
                    problems.add(rows.node(), "no latency between " + a + " and " + b
                            + "; give every pair of classes, e.g. " + a + ": { " + b + ": 50 ms }");
                    valid = false;
                }
                symmetric.computeIfAbsent(a, k -> new LinkedHashMap<>()).put(b, ab != null ? ab : ba);
            }
        }
        return valid ? new LatencyModel.PerClassPair(symmetric) : null;
    }

    private List<SeedGroup> seeds(YamlNode node) {
        List<YamlNode> items = nonEmptyList(node, "seed groups");
        if (items == null) {
            return null;
        }
        List<SeedGroup> seeds = new ArrayList<>();
        for (YamlNode item : items) {
            Section group = Section.of(item, problems, List.of("count", "upload", "download", "leaves"));
            Integer count = group.optional("count", Values.count(1), 1);
            Double upload = group.required("upload", Values::rate, "the seeds' upload capacity, e.g. '10 Mbit/s'");
            Double download = group.optional("download", Values::rate, upload);
            Long leaves = group.optional("leaves", this::leaves, SeedGroup.NEVER);
            if (count != null && upload != null && download != null && leaves != null) {
                seeds.add(new SeedGroup(count, upload, download, leaves));
            }
        }
        return seeds.size() == items.size() ? seeds : null;
    }

    private Long leaves(YamlNode node, ScenarioValidation problems) {
        if (node instanceof YamlNode.Scalar s && s.text().equals("never")) {
            return SeedGroup.NEVER;
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING && !startsLikeNumber(s.text())) {
            problems.add(node, "expected 'never' or a time such as '2 h', not '" + s.text() + "'"
                    + ClosestName.hint(s.text(), List.of("never")));
            return null;
        }
        return Values.duration(1).convert(node, problems);
    }

    private Arrivals arrivals(YamlNode node, long endMicros, List<String> classNames) {
        if (node == null) {
            return null;
        }
        YamlNode.Field choice = Section.oneOf(node, problems, List.of("flash-crowd", "poisson", "schedule", "trace"),
                "{ flash-crowd: { peers: 1000 } }, { poisson: { rate: 10 /min } }, { schedule: [ { until: 1 h,"
                        + " rate: 20 /min } ] } or { trace: { file: arrivals.csv } }");
        if (choice == null) {
            return null;
        }
        switch (choice.key()) {
            case "flash-crowd" -> {
                Integer peers = Section.of(choice.value(), problems, List.of("peers"))
                        .required("peers", Values.count(1), "how many peers arrive at time 0, e.g. 1000");
                return peers == null ? null : new Arrivals.FlashCrowd(peers);
            }
            case "poisson" -> {
                Section poisson = Section.of(choice.value(), problems, List.of("rate", "max-peers", "until"));
                Double rate = poisson.required("rate", Values.eventRate(false), "the arrival rate, e.g. '10 /min'");
                Integer maxPeers = poisson.optional("max-peers", this::maxPeers, Integer.MAX_VALUE);
                Long until = poisson.optional("until", Values.duration(1), endMicros);
                return rate == null || maxPeers == null || until == null ? null
                        : new Arrivals.Poisson(rate, maxPeers, until);
            }
            case "schedule" -> {
                return schedule(choice.value());
            }
            default -> {
                Section traceSection = Section.of(choice.value(), problems, List.of("file"));
                String file = traceSection.required("file", Values::text, "the CSV file of arrivals, e.g. arrivals.csv");
                if (file == null) {
                    return null;
                }
                Path path = baseDirectory.resolve(file).normalize();
                trace = ArrivalTrace.read(path, traceSection.get("file"), classNames, problems);
                return trace == null ? null : new Arrivals.Trace(path);
            }
        }
    }

    private Integer maxPeers(YamlNode node, ScenarioValidation problems) {
        if (node instanceof YamlNode.Scalar s && s.text().equals("unlimited")) {
            return Integer.MAX_VALUE;
        }
        return Values.count(1).convert(node, problems);
    }

    private Arrivals schedule(YamlNode node) {
        List<YamlNode> items = nonEmptyList(node, "segments { until: 1 h, rate: 20 /min }");
        if (items == null) {
            return null;
        }
        List<Arrivals.Segment> segments = new ArrayList<>();
        long previousEnd = 0;
        boolean anyArrivals = false;
        for (YamlNode item : items) {
            Section segment = Section.of(item, problems, List.of("until", "rate"));
            Long until = segment.required("until", Values.duration(1), "when this segment ends, e.g. '1 h'");
            Double rate = segment.required("rate", Values.eventRate(true), "the arrival rate, e.g. '20 /min'");
            if (until != null && until <= previousEnd) {
                problems.add(segment.get("until"), "segments must end in increasing order: "
                        + Quantities.formatDuration(until) + " is not after " + Quantities.formatDuration(previousEnd));
                until = null;
            }
            if (until != null && rate != null) {
                segments.add(new Arrivals.Segment(until, rate));
                previousEnd = until;
                anyArrivals |= rate > 0;
            }
        }
        if (segments.size() != items.size()) {
            return null;
        }
        if (!anyArrivals) {
            problems.add(node, "every segment has rate 0, so no peer would arrive");
            return null;
        }
        return new Arrivals.Schedule(segments);
    }

    private ProtocolSettings protocol(YamlNode node, Content content, YamlNode contentNode) {
        Section protocol = Section.of(node, problems, List.of("picker", "choker", "block", "pipeline", "backlog",
                "max-pipeline", "request-timeout", "endgame"));
        PolicyChoice picker = policy(protocol.get("picker"), registries.pickers(), DEFAULT_PICKER, "name", Map.of());
        Section choker = Section.of(protocol.get("choker"), problems, List.of("leecher", "seed", "slots"));
        Integer slots = choker.optional("slots", Values.count(1), DEFAULT_SLOTS);
        // The shared slot count is the default of each choker's own 'slots' parameter, which overrides it.
        Map<String, Integer> shared = slots == null ? Map.of() : Map.of("slots", slots);
        PolicyChoice leecher = policy(choker.get("leecher"), registries.leecherChokers(), DEFAULT_LEECHER_CHOKER,
                "name", shared);
        PolicyChoice seed = policy(choker.get("seed"), registries.seedChokers(), DEFAULT_SEED_CHOKER, "name", shared);
        Long block = protocol.optional("block", Values::size, DEFAULT_BLOCK_BYTES);
        if (block != null && content != null && (block > content.pieceBytes() || content.pieceBytes() % block != 0)) {
            String sizes = "the block (" + Quantities.formatSize(block) + ") must divide the piece ("
                    + Quantities.formatSize(content.pieceBytes()) + ") into whole blocks";
            if (protocol.get("block") != null) {
                problems.add(protocol.get("block"), sizes + "; BitTorrent clients request 16 KiB blocks");
            } else {
                // The default block does not fit the piece: the piece is what the file says.
                problems.add(((YamlNode.Mapping) contentNode).fields().get("piece").value(), sizes
                        + ": make the piece a multiple of 16 KiB, as torrents' pieces are, or set protocol.block");
            }
            block = null;
        }
        Integer pipeline = protocol.optional("pipeline", Values.count(1), DEFAULT_PIPELINE);
        Long backlog = protocol.optional("backlog", Values.duration(0), DEFAULT_BACKLOG_MICROS);
        Integer maxPipeline = protocol.optional("max-pipeline", Values.count(1), Math.max(DEFAULT_MAX_PIPELINE,
                pipeline == null ? 0 : pipeline));
        if (pipeline != null && maxPipeline != null && maxPipeline < pipeline) {
            problems.add(protocol.get("max-pipeline"), "max-pipeline (" + maxPipeline + ") must be at least pipeline ("
                    + pipeline + ")");
            maxPipeline = null;
        }
        Long timeout = protocol.optional("request-timeout", Values.duration(1), DEFAULT_REQUEST_TIMEOUT_MICROS);
        Endgame endgame = protocol.optional("endgame", Values::endgame, Endgame.MAINLINE);
        if (picker == null || leecher == null || seed == null || slots == null || block == null || pipeline == null
                || backlog == null || maxPipeline == null || timeout == null || endgame == null) {
            return null;
        }
        return new ProtocolSettings(picker, leecher, seed, slots, block.intValue(), pipeline, backlog, maxPipeline,
                timeout, endgame);
    }

    private TrackerSettings tracker(YamlNode node) {
        Section tracker = Section.of(node, problems, List.of("peers-per-announce", "reannounce-below",
                "announce-interval", "max-connections", "idle-timeout"));
        Integer perAnnounce = tracker.optional("peers-per-announce", Values.count(1), DEFAULT_PEERS_PER_ANNOUNCE);
        Integer reannounceBelow = tracker.optional("reannounce-below", Values.count(0), DEFAULT_REANNOUNCE_BELOW);
        Long interval = tracker.optional("announce-interval", Values.duration(1), DEFAULT_ANNOUNCE_INTERVAL_MICROS);
        Integer maxConnections = tracker.optional("max-connections", Values.count(1), DEFAULT_MAX_CONNECTIONS);
        Long idleTimeout = tracker.optional("idle-timeout", Values.duration(0), DEFAULT_IDLE_TIMEOUT_MICROS);
        if (reannounceBelow != null && maxConnections != null && reannounceBelow > maxConnections) {
            YamlNode at = tracker.get("reannounce-below") != null ? tracker.get("reannounce-below") : tracker.node();
            problems.add(at, "reannounce-below (" + reannounceBelow + ") cannot exceed max-connections ("
                    + maxConnections + ")");
            return null;
        }
        if (perAnnounce == null || reannounceBelow == null || interval == null || maxConnections == null
                || idleTimeout == null) {
            return null;
        }
        return new TrackerSettings(perAnnounce, reannounceBelow, interval, maxConnections, idleTimeout);
    }

    private Behaviour behaviour(YamlNode node, YamlNode arrivalsNode) {
        Section behaviour = Section.of(node, problems, List.of("abort", "seeding"));
        Double abort = behaviour.optional("abort", Values.eventRate(true), 0.0);
        PolicyChoice seeding = policy(behaviour.get("seeding"), registries.seeding(), DEFAULT_SEEDING, "model", Map.of());
        if (seeding != null && seeding.name().equals("trace") && arrivalsNode != null) {
            if (trace == null || !trace.hasSeedingColumn()
                    || trace.arrivals().stream().anyMatch(a -> a.seedingMicros() < 0)) {
                problems.add(behaviour.get("seeding"), "seeding model 'trace' needs arrivals from a trace whose"
                        + " every row has a seeding time (column 'seeding')");
                return null;
            }
        }
        return abort == null || seeding == null ? null : new Behaviour(abort, seeding);
    }

    /** More initial seeds than arriving peers is almost certainly a slip (swapped counts, say). */
    private void checkSeedsAgainstPeers(List<SeedGroup> seeds, Arrivals arrivals, YamlNode seedsNode) {
        long seedCount = 0;
        for (SeedGroup group : seeds) {
            seedCount += group.count();
        }
        long peers = Long.MAX_VALUE;
        if (arrivals instanceof Arrivals.FlashCrowd flashCrowd) {
            peers = flashCrowd.peers();
        } else if (arrivals instanceof Arrivals.Poisson poisson) {
            peers = poisson.maxPeers();
        } else if (arrivals instanceof Arrivals.Trace) {
            peers = trace.arrivals().size();
        }
        if (seedCount > peers) {
            problems.add(seedsNode, seedCount + " initial seeds outnumber the " + peers
                    + " arriving peers; did you swap the counts?");
        }
    }

    private PolicyChoice policy(YamlNode node, PolicyRegistry<?> registry, String defaultName, String nameKey,
            Map<String, ?> inherited) {
        if (registry.find(defaultName).isEmpty()) {
            throw new IllegalStateException("the default " + registry.kind() + " '" + defaultName + "' is not registered");
        }
        YamlNode chosen = node != null ? node : new YamlNode.Scalar("", 0, defaultName, YamlNode.ScalarType.STRING);
        return PolicyParams.bind(chosen, registry, nameKey, inherited, problems);
    }


    /** Whether a word is more likely a misspelt keyword than a quantity with a bad unit. */
    private static boolean startsLikeNumber(String text) {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || "+-.".indexOf(text.charAt(0)) >= 0);
    }

    private List<YamlNode> nonEmptyList(YamlNode node, String what) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            problems.add(node, "expected a non-empty list of " + what + ", found " + YamlNode.describe(node));
            return null;
        }
        return sequence.items();
    }
}
