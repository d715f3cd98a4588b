package atlas.sim.scenario;

import atlas.protocols.bid.BidStrategies;
import atlas.protocols.bid.BttAmount;
import atlas.protocols.pay.PayAsYouGoParams;
import atlas.sim.chain.GenesisAllocation;
import atlas.sim.economics.ConstantValue;
import atlas.sim.economics.Distribution;
import atlas.sim.economics.PricePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the scenario's optional {@code incentives} section into {@link IncentivesSettings},
 * strictly as {@link ScenarioLoader} reads every section; {@link ScenarioWriter} writes the same
 * keys back. An absent section is null: no token economy.
 */
final class IncentivesSection {

    private static final List<String> KEYS = List.of("participation", "bidders", "free-riders", "seeds-earn", "bid",
            "payment", "deposit", "holdings", "trx-holdings", "funder", "token-price", "airdrops", "top-up",
            "value-of-time", "costs");
    private static final List<String> PAYMENT_KEYS = List.of("interval", "credit-limit");
    private static final List<String> PRICE_KINDS = List.of("gbm", "csv");
    private static final List<String> GBM_KEYS = List.of("initial", "drift", "volatility", "step");
    private static final List<String> AIRDROP_KEYS = List.of("at", "every", "amount");
    private static final List<String> TOP_UP_KEYS = List.of("below", "amount");
    private static final List<String> COST_KEYS = List.of("upload", "online");
    private static final String VALUE_OF_TIME_BID = "value-of-time";
    /** Prices and amounts are quoted at the protocols' precision, 10^-6 BTT. */
    static final int PRECISION = 6;

    static final PolicyChoice DEFAULT_BID = new PolicyChoice("fixed",
            BidStrategies.REGISTRY.find("fixed").orElseThrow().defaults());
    static final long DEFAULT_DEPOSIT = BttAmount.ofBtt(10).baseUnits();
    static final Distribution DEFAULT_HOLDINGS = new ConstantValue(BttAmount.ofBtt(100).baseUnits());
    /** BTT's public sale price, 28 January 2019 (reference facts); a scenario parameter, not a forecast. */
    static final PriceModel DEFAULT_TOKEN_PRICE = new PriceModel.Constant(0.00012);
    /**
     * Assumptions: uploading on an unmetered home line costs nothing extra; a computer left on to
     * seed draws about 50 W, 0.01 USD an hour at 0.20 USD per kWh.
     */
    static final IncentivesSettings.Costs DEFAULT_COSTS = new IncentivesSettings.Costs(0, 0.01);
    static final long DEFAULT_GBM_STEP_MICROS = 3_600_000_000L;
    static final long DEFAULT_TRX_HOLDINGS = 10_000_000L;
    static final String DEFAULT_FUNDER = "bittorrent-user-airdrop";

    private IncentivesSection() {
    }

    /**
     * The settings, null if the section is absent or invalid (problems then recorded).
     *
     * @param chain the scenario's chain, for the funder's category and the precision; null if invalid
     */
    static IncentivesSettings read(YamlNode node, ChainSettings chain, Path baseDirectory, ScenarioValidation problems) {
        if (node == null) {
            return null;
        }
        Section section = Section.of(node, problems, KEYS);
        Double participation = section.optional("participation", Values.real(0, false, 1), 1.0);
        Double bidders = section.optional("bidders", Values.real(0, false, 1), 1.0);
        Double freeRiders = section.optional("free-riders", Values.real(0, false, 1), 0.0);
        Boolean seedsEarn = section.optional("seeds-earn", Values::bool, true);
        YamlNode bidNode = section.get("bid");
        PolicyChoice bid = bidNode == null ? DEFAULT_BID
                : PolicyParams.bind(bidNode, BidStrategies.REGISTRY, "name", Map.of(), problems);
        PayAsYouGoParams payment = payment(section.get("payment"), problems);
        Long deposit = section.optional("deposit", Values.btt(PRECISION), DEFAULT_DEPOSIT);
        Distribution holdings = section.get("holdings") == null ? DEFAULT_HOLDINGS
                : DistributionSection.read(section.get("holdings"), problems, BASE_UNITS, "100 BTT");
        Long trxHoldings = section.optional("trx-holdings", Values::trx, DEFAULT_TRX_HOLDINGS);
        String funder = section.optional("funder", Values::identifier, DEFAULT_FUNDER);
        if (chain != null && funder != null) {
            GenesisAllocation genesis = chain.genesis();
            List<String> categories = genesis.lines().stream().map(GenesisAllocation.Line::category).toList();
            if (!categories.contains(funder)) {
                problems.add(section.get("funder") != null ? section.get("funder") : node, "funder '" + funder
                        + "' is not a genesis allocation category" + ClosestName.hint(funder, categories)
                        + "; categories: " + String.join(", ", categories));
                funder = null;
            }
            if (genesis.precision() != PRECISION) {
                problems.add(node, "the incentives quote BTT at precision " + PRECISION
                        + " (10^-6 BTT base units); set chain.genesis.precision to " + PRECISION + ", not "
                        + genesis.precision());
                funder = null;
            }
        }
        PriceModel tokenPrice = section.get("token-price") == null ? DEFAULT_TOKEN_PRICE
                : tokenPrice(section.get("token-price"), baseDirectory, problems);
        List<IncentivesSettings.Airdrop> airdrops = airdrops(section.get("airdrops"), problems);
        IncentivesSettings.TopUp topUp = section.get("top-up") == null ? null : topUp(section.get("top-up"), problems);
        YamlNode valueNode = section.get("value-of-time");
        Distribution valueOfTime = valueNode == null ? null
                : DistributionSection.read(valueNode, problems, Values::usdPerHour, "5 USD/h");
        if (valueNode != null && bid != null && !bid.name().equals(VALUE_OF_TIME_BID)) {
            problems.add(valueNode, "value-of-time drives bid strategy '" + VALUE_OF_TIME_BID + "' only; the bid"
                    + " strategy here is '" + bid.name() + "': set bid: { name: " + VALUE_OF_TIME_BID + " } or remove"
                    + " value-of-time");
            valueOfTime = null;
        }
        IncentivesSettings.Costs costs = section.get("costs") == null ? DEFAULT_COSTS
                : costs(section.get("costs"), problems);
        if (participation == null || bidders == null || freeRiders == null || seedsEarn == null || bid == null || payment == null
                || deposit == null || holdings == null || trxHoldings == null || funder == null || chain == null
                || tokenPrice == null || airdrops == null || (topUp == null && section.get("top-up") != null)
                || (valueOfTime == null && valueNode != null) || costs == null) {
            return null;
        }
        return new IncentivesSettings(participation, bidders, freeRiders, seedsEarn, bid, payment, deposit, holdings,
                trxHoldings, funder, tokenPrice, airdrops, topUp, valueOfTime, costs);
    }

    /** A BTT amount as a double of base units, for distributions of holdings. */
    private static final Values.Conversion<Double> BASE_UNITS = (node, problems) -> {
        Long units = Values.bttOrZero(PRECISION).convert(node, problems);
        return units == null ? null : units.doubleValue();
    };

    /** {@code 0.00012 USD}, {@code { gbm: { initial, drift, volatility, step } }} or {@code { csv: prices.csv }}. */
    private static PriceModel tokenPrice(YamlNode node, Path baseDirectory, ScenarioValidation problems) {
        if (node instanceof YamlNode.Scalar) {
            Double usd = Values.usd(node, problems);
            return usd == null ? null : new PriceModel.Constant(usd);
        }
        YamlNode.Field choice = Section.oneOf(node, problems, PRICE_KINDS, "a price such as '0.00012 USD', { gbm:"
                + " { initial: 0.00012 USD, drift: 0.1, volatility: 0.8, step: 1 h } } or { csv: prices.csv }");
        if (choice == null) {
            return null;
        }
        if (choice.key().equals("csv")) {
            String file = Values.text(choice.value(), problems);
            if (file == null) {
                return null;
            }
            Path resolved = baseDirectory.resolve(file).normalize();
            PricePath path = PriceTrace.read(resolved, choice.value(), problems);
            // Resolved, as the arrival trace's file, so that the resolved scenario runs from anywhere.
            return path == null ? null : new PriceModel.Csv(resolved.toString(), path);
        }
        Section gbm = Section.of(choice.value(), problems, GBM_KEYS);
        Double initial = gbm.required("initial", Values::usd, "the price at time 0, e.g. 0.00012 USD");
        Double drift = gbm.required("drift", Values.real(-100, false, 100),
                "the price's expected growth rate per year (the log-price drifts at drift - volatility^2 / 2), e.g. 0.1");
        Double volatility = gbm.required("volatility", Values.real(0, false, 100),
                "the log-price's standard deviation over a year, e.g. 0.8");
        Long step = gbm.optional("step", Values.duration(1), DEFAULT_GBM_STEP_MICROS);
        if (initial == null || drift == null || volatility == null || step == null) {
            return null;
        }
        return new PriceModel.Gbm(initial, drift, volatility, step);
    }

    /** A list of {@code { at, every, amount }}: once at {@code at}, or every {@code every} from {@code at} (default {@code every}). */
    private static List<IncentivesSettings.Airdrop> airdrops(YamlNode node, ScenarioValidation problems) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence drops)) {
            problems.add(node, "expected a list of airdrops such as [ { at: 1 h, amount: 50 BTT },"
                    + " { every: 1 d, amount: 10 BTT } ], found " + YamlNode.describe(node));
            return null;
        }
        List<IncentivesSettings.Airdrop> result = new ArrayList<>();
        boolean valid = true;
        for (YamlNode drop : drops.items()) {
            Section s = Section.of(drop, problems, AIRDROP_KEYS);
            Long every = s.optional("every", Values.duration(1), 0L);
            Long at = s.optional("at", Values.duration(0), every);
            Long amount = s.required("amount", Values.btt(PRECISION), "BTT sent to each participant, e.g. 50 BTT");
            if (s.node() != null && s.get("at") == null && s.get("every") == null) {
                problems.add(drop, "an airdrop needs 'at' (once), 'every' (repeated), or both (repeated from 'at')");
                valid = false;
            } else if (every == null || at == null || amount == null) {
                valid = false;
            } else {
                result.add(new IncentivesSettings.Airdrop(at, every, amount));
            }
        }
        return valid ? result : null;
    }

    private static IncentivesSettings.TopUp topUp(YamlNode node, ScenarioValidation problems) {
        Section s = Section.of(node, problems, TOP_UP_KEYS);
        Long below = s.required("below", Values.btt(PRECISION), "the free BTT under which a participant buys more,"
                + " e.g. 5 BTT");
        Long amount = s.required("amount", Values.btt(PRECISION), "the BTT it buys, e.g. 50 BTT");
        return below == null || amount == null ? null : new IncentivesSettings.TopUp(below, amount);
    }

    private static IncentivesSettings.Costs costs(YamlNode node, ScenarioValidation problems) {
        Section s = Section.of(node, problems, COST_KEYS);
        Double upload = s.optional("upload", Values::usdPerGiB, DEFAULT_COSTS.uploadUsdPerGiB());
        Double online = s.optional("online", Values::usdPerHour, DEFAULT_COSTS.onlineUsdPerHour());
        return upload == null || online == null ? null : new IncentivesSettings.Costs(upload, online);
    }

    private static PayAsYouGoParams payment(YamlNode node, ScenarioValidation problems) {
        Section section = Section.of(node, problems, PAYMENT_KEYS);
        PayAsYouGoParams d = PayAsYouGoParams.DEFAULTS;
        Long interval = section.optional("interval", Values::size, d.paymentInterval());
        Long limit = section.optional("credit-limit", Values::size, d.creditLimit());
        if (interval == null || limit == null) {
            return null;
        }
        if (limit <= interval) {
            YamlNode at = section.get("credit-limit") != null ? section.get("credit-limit") : section.node();
            problems.add(at, "credit-limit (" + Quantities.formatSize(limit) + ") must exceed interval ("
                    + Quantities.formatSize(interval) + "), or an honest payer would be stopped before it pays");
            return null;
        }
        return new PayAsYouGoParams(interval, limit);
    }
}
