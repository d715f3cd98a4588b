/**
 * The protocol logic a real BitTorrent client ships, shared unchanged by the simulator: piece
 * availability and picking ({@code piece}), choking ({@code choke}, with BTT Speed's paid slots),
 * transfer rates ({@code rate}), BTT Speed's bid strategies ({@code bid}) and pay-as-you-go
 * accounting ({@code pay}), the chain interface and payment channels ({@code chain}), the wire
 * format (bencoding in {@code bencode}; metainfo, BEP 3 messages, BEP 10 and the BTT Speed
 * extension in {@code wire}), a real peer on TCP sockets that drives them ({@code peer}), and the
 * policy registry that scenarios name. Nothing here knows of the simulator; time comes in through
 * {@link atlas.protocols.Clock} and randomness as a caller-supplied
 * {@link org.apache.commons.rng.UniformRandomProvider}.
 */
package atlas.protocols;
