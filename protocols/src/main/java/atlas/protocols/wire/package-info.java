/**
 * The BitTorrent wire format, without sockets: what a real peer reads and writes.
 * <ul>
 * <li>Metainfo (BEP 3): {@link atlas.protocols.wire.Metainfo} reads and validates v1
 *     {@code .torrent} files and keeps the info dictionary's original bytes, whose SHA-1 is the
 *     {@link atlas.protocols.wire.InfoHash}; {@link atlas.protocols.wire.TorrentBuilder} makes one
 *     from file contents.</li>
 * <li>Peer wire (BEP 3): the {@link atlas.protocols.wire.Handshake} and every
 *     {@link atlas.protocols.wire.PeerMessage}, each of which writes itself;
 *     {@link atlas.protocols.wire.PeerWireDecoder} reads them incrementally from bytes in chunks of
 *     any size, with a maximum message length and bounded memory.</li>
 * <li>Extension protocol (BEP 10): the {@link atlas.protocols.wire.ExtendedHandshake} and the ids
 *     negotiated on a connection, {@link atlas.protocols.wire.ExtensionIds}. The BTT Speed
 *     extension's messages are in {@code atlas.protocols.wire.btt}.</li>
 * </ul>
 * Bad input from a peer or a file raises {@link atlas.protocols.wire.WireException}, and nothing
 * else; {@link atlas.protocols.wire.DictFields} gives the schema checks on bencoded dictionaries
 * the same messages everywhere.
 */
package atlas.protocols.wire;
