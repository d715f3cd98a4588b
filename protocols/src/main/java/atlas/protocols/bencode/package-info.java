/**
 * Bencoding (BEP 3), the serialisation of {@code .torrent} files and of BEP 10 extension messages.
 * A value is a {@link atlas.protocols.bencode.BValue}: an integer, a byte string, a list or a
 * dictionary. {@link atlas.protocols.bencode.Bencode#decode} is strict, so that one value has
 * exactly one encoding: integers without leading zeros or {@code -0}, dictionary keys in raw-byte
 * order without duplicates, no bytes after the value. It bounds what a hostile input can cost
 * ({@link atlas.protocols.bencode.BencodeLimits}: input size and nesting depth; a byte string may
 * not claim more bytes than remain) and reports every error as a
 * {@link atlas.protocols.bencode.BencodeException} naming the offset and what was expected.
 * {@link atlas.protocols.bencode.Bencode#encode} writes the canonical form, so decoding then
 * encoding returns the input bytes.
 */
package atlas.protocols.bencode;
