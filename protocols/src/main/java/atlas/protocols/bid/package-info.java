/**
 * BitTorrent Speed bids: what price a downloader offers its peers for data. A price is a
 * {@code long} in BTT base units (10^-6 BTT, the TRC-10 token's precision 6) per MiB (2^20 bytes)
 * of payload; 0 means no bid. Each {@link atlas.protocols.bid.BidStrategy} is one small class
 * with its parameter record beside it, registered by name in
 * {@link atlas.protocols.bid.BidStrategies#REGISTRY} ({@code none}, {@code fixed}, {@code budget},
 * {@code auto}); {@link atlas.protocols.bid.Prices} converts between prices, bytes and amounts
 * exactly. Parameter records hold quantities as small value types, {@link atlas.protocols.bid.BttPerMiB},
 * {@link atlas.protocols.bid.BttAmount} and {@link atlas.protocols.bid.ByteRate}, so that a
 * scenario writes them with their units. BitTorrent Speed left the bid unit, default bid and auto-bid rule unpublished
 * (reference facts): the rules here are ours and each class documents its own.
 */
package atlas.protocols.bid;
