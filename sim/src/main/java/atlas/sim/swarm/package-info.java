/**
 * The swarm: simulated peers that drive the protocol module's piece download and chokers through
 * protocol events, a tracker, arrivals and departures, and the run's counters.
 *
 * <p>How the peer wire is simulated. A connection costs one round trip to set up, after which both
 * ends know each other's bitfield. CHOKE, UNCHOKE, INTERESTED, NOT INTERESTED, REQUEST, CANCEL and
 * PIECE travel with the pair's one-way latency, in order. Data moves as flows over the bandwidth
 * model, one request (block) after another, so pipelining hides latency exactly as it does on a
 * real connection; a PIECE arrives one latency after its last byte left, and a CHOKE decided
 * while a block is on the wire follows that block. HAVE takes effect at once for interest; the
 * receiver counts it in its availability when it next reads it (see {@code Peer#onPieceVerified}).
 * Every message's bytes are counted as overhead; they do not take capacity from the data flows.
 *
 * <p>BitTorrent Speed, in a run with an {@code incentives} section: {@code Economy} runs the mock
 * chain on a block timer and funds each participant's {@code Wallet}; a connection between two
 * participants carries {@code Payments} (the protocol module's ledgers and {@code PaidChannel}s),
 * and its BID, PRICE, CHANNEL, PAYMENT and RECEIPT messages travel like the others. Without the
 * section none of these exist and no event, message or random draw differs from the plain run.
 */
package atlas.sim.swarm;
