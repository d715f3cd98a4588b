package atlas.sim.scenario;

import atlas.sim.chain.ChainParameters;
import atlas.sim.chain.GenesisAllocation;
import atlas.sim.chain.SignatureScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the scenario's optional {@code chain} section into {@link ChainSettings}, strictly as
 * {@link ScenarioLoader} reads every section. Every limit that {@link ChainParameters} and
 * {@link GenesisAllocation} enforce is checked here first, so a bad value is a problem at its own
 * line rather than an exception; {@link ScenarioWriter} writes the same keys back.
 */
final class ChainSection {

    private static final List<String> KEYS = List.of("signer", "block-interval", "representatives", "solidification-blocks",
            "max-block-size", "max-transaction-size", "expiration", "max-expiration", "result-size", "free-bandwidth",
            "bandwidth-price", "account-creation-fee", "account-creation-bandwidth-fee", "missed-slot-probability",
            "challenge-window", "genesis");
    private static final List<String> GENESIS_KEYS = List.of("supply", "precision", "trx-per-account", "allocation");

    private static final ChainParameters DEFAULTS = ChainParameters.defaults();
    private static final GenesisAllocation DEFAULT_GENESIS = GenesisAllocation.defaults();
    /** The default supply in whole BTT, whatever the precision. */
    private static final long DEFAULT_SUPPLY_BTT = DEFAULT_GENESIS.totalSupply() / unitsPerBtt(DEFAULT_GENESIS.precision());
    /** The default table as shares, applied to whatever supply the scenario gives. */
    private static final List<BigDecimal> DEFAULT_SHARES = List.of(GenesisShares.shares(
            DEFAULT_GENESIS.lines().stream().mapToLong(GenesisAllocation.Line::amount).toArray(),
            DEFAULT_GENESIS.totalSupply()));

    private final ScenarioValidation problems;

    private ChainSection(ScenarioValidation problems) {
        this.problems = problems;
    }

    /** The chain settings, defaults where the section or a key is absent; null if anything is invalid. */
    static ChainSettings read(YamlNode node, ScenarioValidation problems) {
        return new ChainSection(problems).chain(node);
    }

    private ChainSettings chain(YamlNode node) {
        Section chain = Section.of(node, problems, KEYS);
        SignatureScheme signer = chain.optional("signer", ChainSection::signer, SignatureScheme.SIMULATED);
        ChainParameters parameters = parameters(chain);
        GenesisAllocation genesis = genesis(chain.get("genesis"));
        return signer == null || parameters == null || genesis == null ? null
                : new ChainSettings(parameters, genesis, signer);
    }

    private static SignatureScheme signer(YamlNode node, ScenarioValidation problems) {
        String name = Values.text(node, problems);
        if (name == null) {
            return null;
        }
        List<String> names = Arrays.stream(SignatureScheme.values()).map(ChainSettings::yamlName).toList();
        for (SignatureScheme scheme : SignatureScheme.values()) {
            if (ChainSettings.yamlName(scheme).equals(name)) {
                return scheme;
            }
        }
        problems.add(node, "unknown signer '" + name + "'" + ClosestName.hint(name, names) + "; valid signers: "
                + String.join(", ", names));
        return null;
    }

    private ChainParameters parameters(Section chain) {
        ChainParameters d = DEFAULTS;
        Long blockInterval = chain.optional("block-interval", Values.duration(1), d.blockIntervalMicros());
        Integer representatives = chain.optional("representatives", Values.count(1), d.representatives());
        Integer solidification = chain.optional("solidification-blocks", Values.count(1), d.solidificationBlocks());
        Integer maxBlock = intSize(chain, "max-block-size", Values::size, d.maxBlockBytes());
        Integer maxTransaction = intSize(chain, "max-transaction-size", Values::size, d.maxTransactionBytes());
        if (maxBlock != null && maxTransaction != null && maxBlock < maxTransaction) {
            problems.add(at(chain, "max-block-size", "max-transaction-size"), "max-block-size ("
                    + Quantities.formatSize(maxBlock) + ") must be at least max-transaction-size ("
                    + Quantities.formatSize(maxTransaction) + "): the largest transaction must fit a block");
            maxBlock = null;
        }
        Long expiration = chain.optional("expiration", Values.duration(1), d.defaultExpirationMicros());
        Long maxExpiration = chain.optional("max-expiration", Values.duration(1), d.maxExpirationMicros());
        if (expiration != null && maxExpiration != null && maxExpiration < expiration) {
            problems.add(at(chain, "max-expiration", "expiration"), "max-expiration ("
                    + Quantities.formatDuration(maxExpiration) + ") must be at least expiration ("
                    + Quantities.formatDuration(expiration) + "), or no client transaction would be accepted");
            maxExpiration = null;
        }
        Integer resultSize = intSize(chain, "result-size", Values::sizeOrZero, d.resultBytes());
        Long freeBandwidth = chain.optional("free-bandwidth", Values::sizeOrZero, d.freeBandwidthBytes());
        Long price = chain.optional("bandwidth-price", Values::trxPerByte, d.bandwidthPriceSun());
        Long creationFee = chain.optional("account-creation-fee", Values::trx, d.createAccountFeeSun());
        Long creationBandwidthFee = chain.optional("account-creation-bandwidth-fee", Values::trx,
                d.createAccountBandwidthFeeSun());
        Double missed = chain.optional("missed-slot-probability", Values.real(0, false, 1), d.missedSlotProbability());
        if (missed != null && missed == 1) {
            problems.add(chain.get("missed-slot-probability"), "must be below 1: if every slot were missed, no"
                    + " block would ever be produced");
            missed = null;
        }
        Long challengeWindow = chain.optional("challenge-window", Values.duration(1), d.challengeWindowMicros());
        if (blockInterval == null || representatives == null || solidification == null || maxBlock == null
                || maxTransaction == null || expiration == null || maxExpiration == null || resultSize == null
                || freeBandwidth == null || price == null || creationFee == null || creationBandwidthFee == null
                || missed == null || challengeWindow == null) {
            return null;
        }
        return new ChainParameters(blockInterval, representatives, solidification, maxBlock, maxTransaction, expiration,
                maxExpiration, resultSize, freeBandwidth, price, creationFee, creationBandwidthFee, missed,
                challengeWindow);
    }

    /** A size the chain keeps in an int (java-tron's limits are ints too). */
    private Integer intSize(Section section, String key, Values.Conversion<Long> conversion, int fallback) {
        Long bytes = section.optional(key, conversion, (long) fallback);
        if (bytes != null && bytes > Integer.MAX_VALUE) {
            problems.add(section.get(key), "must be at most " + Quantities.formatSize(Integer.MAX_VALUE) + ", not "
                    + Quantities.formatSize(bytes));
            return null;
        }
        return bytes == null ? null : bytes.intValue();
    }

    private GenesisAllocation genesis(YamlNode node) {
        Section genesis = Section.of(node, problems, GENESIS_KEYS);
        Integer precision = genesis.optional("precision", precision(), DEFAULT_GENESIS.precision());
        // Without a valid precision the supply's base units are unknown, so it is not read at all.
        Long supply = precision == null ? null : genesis.optional("supply", Values.btt(precision),
                Math.multiplyExact(DEFAULT_SUPPLY_BTT, unitsPerBtt(precision)));
        Long trxPerAccount = genesis.optional("trx-per-account", Values::trx, DEFAULT_GENESIS.trxPerAccountSun());
        List<String> categories = new ArrayList<>();
        List<BigDecimal> shares = new ArrayList<>();
        YamlNode allocation = genesis.get("allocation");
        if (allocation == null) {
            DEFAULT_GENESIS.lines().forEach(line -> categories.add(line.category()));
            shares.addAll(DEFAULT_SHARES);
        } else if (!allocation(allocation, categories, shares)) {
            return null;
        }
        if (supply == null || trxPerAccount == null) {
            return null;
        }
        long[] amounts = GenesisShares.amounts(shares.toArray(BigDecimal[]::new), supply);
        List<GenesisAllocation.Line> lines = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new GenesisAllocation.Line(categories.get(i), amounts[i]));
        }
        return new GenesisAllocation(GenesisAllocation.BTT_ASSET_ID, precision, supply, lines, trxPerAccount);
    }

    private static Values.Conversion<Integer> precision() {
        return (node, problems) -> {
            Integer precision = Values.count(0).convert(node, problems);
            if (precision != null && precision > Quantities.MAX_BTT_PRECISION) {
                problems.add(node, "a TRC-10 asset has 0 to " + Quantities.MAX_BTT_PRECISION + " decimal places, not "
                        + precision);
                return null;
            }
            return precision;
        };
    }

    private static long unitsPerBtt(int precision) {
        return BigDecimal.TEN.pow(precision).longValueExact();
    }

    private boolean allocation(YamlNode node, List<String> categories, List<BigDecimal> shares) {
        if (!(node instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            problems.add(node, "expected a non-empty list of { category: NAME, share: FRACTION }, found "
                    + YamlNode.describe(node));
            return false;
        }
        boolean valid = true;
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : sequence.items()) {
            Section line = Section.of(item, problems, List.of("category", "share"));
            String category = line.required("category", Values::identifier, "the holder's name, e.g. public-sale");
            if (category != null && seen.putIfAbsent(category, line.get("category")) != null) {
                problems.add(line.get("category"), "category '" + category + "' is listed twice; categories must differ");
                category = null;
            }
            BigDecimal share = line.required("share", Values::exactFraction,
                    "the fraction of the supply it receives, e.g. 0.06");
            if (category == null || share == null) {
                valid = false;
            } else {
                categories.add(category);
                shares.add(share);
            }
        }
        if (valid && !GenesisShares.sumsToOne(shares.toArray(BigDecimal[]::new))) {
            BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            problems.add(node, "the allocation's shares sum to " + sum.toPlainString() + "; they must sum to 1 (within "
                    + GenesisShares.TOLERANCE.toPlainString() + ")");
            valid = false;
        }
        return valid;
    }

    /** Where a problem between two keys belongs: the first key if written, else the second, else the section. */
    private static YamlNode at(Section section, String first, String second) {
        YamlNode node = section.get(first) != null ? section.get(first) : section.get(second);
        return node != null ? node : section.node();
    }
}
