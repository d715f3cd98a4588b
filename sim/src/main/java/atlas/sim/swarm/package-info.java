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
 */
package atlas.sim.swarm;
