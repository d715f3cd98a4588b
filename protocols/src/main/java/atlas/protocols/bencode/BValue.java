package atlas.protocols.bencode;

/**
 * A bencoded value (BEP 3): {@link BInteger}, {@link BBytes}, {@link BList} or {@link BDict}.
 * Values are immutable, so a decoded dictionary can be shared and re-encoded safely.
 */
public sealed interface BValue permits BInteger, BBytes, BList, BDict {
}
