package atlas.sim.scenario;

import static atlas.sim.scenario.TestScenarios.MINIMAL;
import static atlas.sim.scenario.TestScenarios.assertProblem;
import static atlas.sim.scenario.TestScenarios.at;
import static atlas.sim.scenario.TestScenarios.parse;
import static atlas.sim.scenario.TestScenarios.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.bid.AutoBidParams;
import atlas.protocols.bid.BttAmount;
import atlas.protocols.bid.BttPerMiB;
import atlas.protocols.bid.BudgetBidParams;
import atlas.protocols.bid.ByteRate;
import atlas.protocols.bid.FixedBidParams;
import atlas.protocols.pay.PayAsYouGoParams;
import atlas.sim.economics.ConstantValue;
import atlas.sim.economics.LogNormalValue;
import atlas.sim.economics.ParetoValue;
import atlas.sim.economics.TableValue;
import atlas.sim.economics.UniformValue;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the scenario's {@code incentives} section: absent means no economy, prices and amounts are
 * read with their units into the protocols' value types, every bad value is a problem at its own
 * line and key, and the resolved scenario reads back the same.
 */
class IncentivesSectionTest {

    private static final String EVERY_KEY = MINIMAL + """
            incentives:
              participation: 0.8
              bidders: 0.25
              free-riders: 0.1
              seeds-earn: false
              bid: { name: budget, budget: 50 BTT, floor: 0.001 BTT/MiB, cap: 2.5 BTT/MiB }
              payment: { interval: 512 KiB, credit-limit: 1 MiB }
              deposit: 5.5 BTT
              holdings: 0 BTT
              trx-holdings: 20 TRX
              funder: public-sale
              token-price: { gbm: { initial: 0.0005 USD, drift: 0.1, volatility: 0.8 } }
              airdrops: [ { at: 30 min, amount: 50 BTT }, { every: 1 d, amount: 1 BTT } ]
              top-up: { below: 5 BTT, amount: 50 BTT }
              costs: { upload: 0.02 USD/GiB, online: 12 USD/d }
            """;

    @Test
    void absentSectionIsNoEconomyAndAnEmptyOneIsTheDefaults() throws ScenarioException {
        assertNull(parse(MINIMAL).incentives());
        IncentivesSettings defaults = parse(MINIMAL + "incentives: {}\n").incentives();
        assertEquals(new IncentivesSettings(1, 1, 0, true, IncentivesSection.DEFAULT_BID, PayAsYouGoParams.DEFAULTS,
                10_000_000, new ConstantValue(100_000_000), 10_000_000, "bittorrent-user-airdrop",
                new PriceModel.Constant(0.00012), List.of(), null, null, IncentivesSection.DEFAULT_COSTS), defaults);
        assertEquals(new BttPerMiB(1_000_000), ((FixedBidParams) defaults.bid().params()).price());
    }

    @Test
    void everyKeyIsReadWithItsUnit() throws ScenarioException {
        IncentivesSettings i = parse(EVERY_KEY).incentives();
        assertEquals(new IncentivesSettings(0.8, 0.25, 0.1, false, new PolicyChoice("budget",
                new BudgetBidParams(BttAmount.ofBtt(50), new BttPerMiB(1_000), new BttPerMiB(2_500_000))),
                new PayAsYouGoParams(512 << 10, 1 << 20), 5_500_000, new ConstantValue(0), 20_000_000, "public-sale",
                new PriceModel.Gbm(0.0005, 0.1, 0.8, 3_600_000_000L),
                List.of(new IncentivesSettings.Airdrop(1_800_000_000L, 0, 50_000_000),
                        new IncentivesSettings.Airdrop(86_400_000_000L, 86_400_000_000L, 1_000_000)),
                new IncentivesSettings.TopUp(5_000_000, 50_000_000), null,
                new IncentivesSettings.Costs(0.02, 0.5)), i);
    }

    @Test
    void autoBidTakesARateWithItsUnit() throws ScenarioException {
        IncentivesSettings i = parse(MINIMAL + """
                incentives:
                  bid: { name: auto, initial: 0.5 BTT/MiB, target-rate: 4 Mbit/s, period: 1 min }
                """).incentives();
        AutoBidParams params = (AutoBidParams) i.bid().params();
        assertEquals(new BttPerMiB(500_000), params.initial());
        assertEquals(new ByteRate(500_000), params.targetRate());
        assertEquals(Duration.ofMinutes(1), params.period());
    }

    @Test
    void theResolvedScenarioReadsBackTheSame() throws ScenarioException {
        for (String yaml : List.of(EVERY_KEY, PARETO_HOLDINGS, TABLE_HOLDINGS, MINIMAL + "incentives: { bid: auto }\n",
                MINIMAL + "incentives: {}\n")) {
            Scenario scenario = parse(yaml);
            Scenario again = parse(ScenarioWriter.toResolvedYaml(scenario, Path.of("")));
            assertEquals(scenario.incentives(), again.incentives());
            assertEquals(ScenarioWriter.toResolvedYaml(scenario, Path.of("")), ScenarioWriter.toResolvedYaml(again, Path.of("")));
        }
        assertTrue(!ScenarioWriter.toResolvedYaml(parse(MINIMAL), Path.of("")).contains("incentives"),
                "no economy, no section: runs without one keep their resolved scenario and hash");
    }

    @Test
    void badValuesAreProblemsAtTheirLines() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                incentives:
                  participation: 1.5
                  bid: { name: fixed, price: 1 }
                  payment: { interval: 2 MiB, credit-limit: 1 MiB }
                  deposit: 0 BTT
                  holdings: 0.0000001 BTT
                  funder: exchange
                  bidder: 0.5
                """);
        assertProblem(at(problems, "incentives.participation"), 8, "<= 1");
        assertProblem(at(problems, "incentives.bid.price"), 9, "'1' needs a unit", "BTT/MiB");
        assertProblem(at(problems, "incentives.payment.credit-limit"), 10, "must exceed interval");
        assertProblem(at(problems, "incentives.deposit"), 11, "greater than 0");
        assertProblem(at(problems, "incentives.holdings"), 12, "not a whole number of base units");
        assertProblem(at(problems, "incentives.funder"), 13, "not a genesis allocation category");
        assertProblem(at(problems, "incentives.bidder"), 14, "unknown key 'bidder'", "did you mean 'bidders'?");
    }

    private static final String PARETO_HOLDINGS = MINIMAL + """
            incentives:
              holdings: { pareto: { alpha: 1.5, minimum: 10 BTT } }
              bid: { name: value-of-time, share: 0.25 }
              value-of-time: { lognormal: { median: 6 USD/h, sigma: 1 } }
            """;
    private static final String TABLE_HOLDINGS = MINIMAL + """
            incentives:
              holdings: { table: [ { share: 0.9, value: 10 BTT }, { share: 0.1, value: 10000 BTT } ] }
              token-price: 0.002 USD
              value-of-time: { uniform: [1 USD/h, 3 USD/h] }
              bid: value-of-time
            """;

    @Test
    void holdingsAndValuesOfTimeAreDistributionsWithUnits() throws ScenarioException {
        IncentivesSettings pareto = parse(PARETO_HOLDINGS).incentives();
        assertEquals(new ParetoValue(1.5, 10_000_000), pareto.holdings());
        assertEquals(new LogNormalValue(6, 1), pareto.valueOfTime());
        IncentivesSettings table = parse(TABLE_HOLDINGS).incentives();
        assertEquals(new TableValue(new double[] {0.9, 0.1}, new double[] {10e6, 10_000e6}), table.holdings());
        assertEquals(new PriceModel.Constant(0.002), table.tokenPrice());
        assertEquals(new UniformValue(1, 3), table.valueOfTime());
    }

    @Test
    void economicKeysAreCheckedAtTheirLines() {
        List<ScenarioProblem> problems = problems(MINIMAL + """
                incentives:
                  token-price: 0 USD
                  holdings: { table: [ { share: 0.5, value: 1 BTT } ] }
                  airdrops: [ { amount: 5 BTT } ]
                  value-of-time: 5 USD/h
                  costs: { online: 1 USD }
                """);
        assertProblem(at(problems, "incentives.token-price"), 8, "greater than 0");
        assertProblem(at(problems, "incentives.holdings.table"), 9, "sum to 0.5");
        assertProblem(at(problems, "incentives.airdrops[0]"), 10, "needs 'at'");
        assertProblem(at(problems, "incentives.value-of-time"), 11, "bid strategy 'value-of-time' only");
        assertProblem(at(problems, "incentives.costs.online"), 12, "USD/h");
    }

    @Test
    void economicSeedingNeedsAnEconomy() {
        List<ScenarioProblem> problems = problems(MINIMAL + "behaviour: { seeding: { model: economic } }\n");
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("needs an 'incentives' section")),
                problems::toString);
    }
}
