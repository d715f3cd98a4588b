package atlas.sim.scenario;

import atlas.protocols.bid.BidStrategies;
import atlas.protocols.bid.BttAmount;
import atlas.protocols.pay.PayAsYouGoParams;
import atlas.sim.chain.GenesisAllocation;
import java.util.List;
import java.util.Map;

/**
 * Reads the scenario's optional {@code incentives} section into {@link IncentivesSettings},
 * strictly as {@link ScenarioLoader} reads every section; {@link ScenarioWriter} writes the same
 * keys back. An absent section is null: no token economy.
 */
final class IncentivesSection {

    private static final List<String> KEYS = List.of("participation", "bidders", "seeds-earn", "bid", "payment", "deposit",
            "holdings", "trx-holdings", "funder");
    private static final List<String> PAYMENT_KEYS = List.of("interval", "credit-limit");
    /** Prices and amounts are quoted at the protocols' precision, 10^-6 BTT. */
    static final int PRECISION = 6;

    static final PolicyChoice DEFAULT_BID = new PolicyChoice("fixed",
            BidStrategies.REGISTRY.find("fixed").orElseThrow().defaults());
    static final long DEFAULT_DEPOSIT = BttAmount.ofBtt(10).baseUnits();
    static final long DEFAULT_HOLDINGS = BttAmount.ofBtt(100).baseUnits();
    static final long DEFAULT_TRX_HOLDINGS = 10_000_000L;
    static final String DEFAULT_FUNDER = "bittorrent-user-airdrop";

    private IncentivesSection() {
    }

    /**
     * The settings, null if the section is absent or invalid (problems then recorded).
     *
     * @param chain the scenario's chain, for the funder's category and the precision; null if invalid
     */
    static IncentivesSettings read(YamlNode node, ChainSettings chain, ScenarioValidation problems) {
        if (node == null) {
            return null;
        }
        Section section = Section.of(node, problems, KEYS);
        Double participation = section.optional("participation", Values.real(0, false, 1), 1.0);
        Double bidders = section.optional("bidders", Values.real(0, false, 1), 1.0);
        Boolean seedsEarn = section.optional("seeds-earn", Values::bool, true);
        YamlNode bidNode = section.get("bid");
        PolicyChoice bid = bidNode == null ? DEFAULT_BID
                : PolicyParams.bind(bidNode, BidStrategies.REGISTRY, "name", Map.of(), problems);
        PayAsYouGoParams payment = payment(section.get("payment"), problems);
        Long deposit = section.optional("deposit", Values.btt(PRECISION), DEFAULT_DEPOSIT);
        Long holdings = section.optional("holdings", Values.bttOrZero(PRECISION), DEFAULT_HOLDINGS);
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
        if (participation == null || bidders == null || seedsEarn == null || bid == null || payment == null
                || deposit == null || holdings == null || trxHoldings == null || funder == null || chain == null) {
            return null;
        }
        return new IncentivesSettings(participation, bidders, seedsEarn, bid, payment, deposit, holdings, trxHoldings,
                funder);
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
