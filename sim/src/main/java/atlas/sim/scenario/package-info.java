/**
 * Scenario files: the typed, immutable model of a run ({@link atlas.sim.scenario.Scenario} and
 * its parts), the strict YAML loader that builds it and reports every problem with file, line and
 * key path ({@link atlas.sim.scenario.ScenarioLoader}, {@link atlas.sim.scenario.ScenarioException}),
 * the writer of the resolved scenario and its hash ({@link atlas.sim.scenario.ScenarioWriter}),
 * quantities with units ({@link atlas.sim.scenario.Quantities}, token amounts and USD included),
 * CSV traces of arrivals and token prices ({@link atlas.sim.scenario.ArrivalTrace},
 * {@link atlas.sim.scenario.PriceTrace}, read alike by {@code CsvTrace}), the mock chain's settings
 * ({@link atlas.sim.scenario.ChainSettings}, read by {@code ChainSection}, with the genesis shares
 * turned into exact base units by {@code GenesisShares}) and the token economy's
 * ({@link atlas.sim.scenario.IncentivesSettings}, read by {@code IncentivesSection}, its per-peer
 * distributions by {@code DistributionSection}, its price model a {@link atlas.sim.scenario.PriceModel}).
 * {@code scenarios/reference.yaml} documents every key.
 * {@link atlas.sim.scenario.ScenarioOverride}s write values into a scenario before it is validated
 * (a sweep's points), with problems reported where the values come from. The strict YAML reading
 * ({@link atlas.sim.scenario.YamlTree}, {@link atlas.sim.scenario.Section},
 * {@link atlas.sim.scenario.Values}) is public so that sweep files are read by the same rules.
 * Scenario and trace files are UTF-8, read by {@code Utf8File}.
 */
package atlas.sim.scenario;
