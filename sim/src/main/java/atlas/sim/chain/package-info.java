/**
 * The mock Tron chain: {@link atlas.sim.chain.MockChain} implements
 * {@link atlas.protocols.chain.Chain} in virtual time, with java-tron's transfer validation,
 * bandwidth billing, 3-second blocks by 27 representatives in turn, solidification and the
 * payment channels of {@link atlas.protocols.chain.ChannelRules}. It knows nothing of peers,
 * swarms or the event engine: the caller moves its time forward with
 * {@link atlas.sim.chain.MockChain#advanceTo(long)} and schedules the next call at
 * {@link atlas.sim.chain.MockChain#nextSlotMicros()}; {@link atlas.sim.chain.MockChain#supply()}
 * tells where the genesis BTT and TRX are ({@link atlas.sim.chain.ChainSupply}), for conservation
 * checks. Parameters are the records
 * {@link atlas.sim.chain.ChainParameters} and {@link atlas.sim.chain.GenesisAllocation};
 * {@link atlas.sim.chain.SignatureScheme} makes a run's {@link atlas.sim.chain.Keys}, either
 * {@link atlas.sim.chain.SimulatedKeys} (the fast scheme for large runs) or Ed25519; and
 * {@link atlas.sim.chain.ChainBenchmark} is the throughput harness behind {@code atlas bench chain}.
 * {@link atlas.sim.chain.LiveChain} runs a mock chain on a real clock, thread-safe, for real peers
 * ({@code atlas.protocols.peer.TorrentPeer}) that pay each other in one process.
 */
package atlas.sim.chain;
