package atlas.protocols.wire;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The extension ids negotiated on one connection (BEP 10). Each side picks the ids it wants to
 * receive: we send a message under the id the peer chose, and read an incoming message by the id
 * we chose. The peer's later handshakes are additive, and id 0 withdraws an extension. One per
 * connection; not thread-safe.
 */
public final class ExtensionIds {

    private final Map<String, Integer> local;
    private final String[] localNames = new String[256];
    private final Map<String, Integer> remote = new HashMap<>();

    /** @param local the extensions we support and the id (1..255, distinct) we receive each under */
    public ExtensionIds(Map<String, Integer> local) {
        this.local = new TreeMap<>(local);
        for (Map.Entry<String, Integer> e : this.local.entrySet()) {
            int id = e.getValue();
            if (id < 1 || id > 0xff || localNames[id] != null) {
                throw new IllegalArgumentException("local extension ids must be distinct and in [1, 255]: " + local);
            }
            localNames[id] = e.getKey();
        }
    }

    /** Our extended handshake, advertising the local ids. */
    public ExtendedHandshake localHandshake(int port, Optional<String> client, int requestQueue) {
        return new ExtendedHandshake(local, port, client, requestQueue);
    }

    /** Applies the peer's extended handshake: ids it adds or changes, and 0 for those it drops. */
    public void onRemoteHandshake(ExtendedHandshake handshake) {
        for (Map.Entry<String, Integer> e : handshake.messages().entrySet()) {
            if (e.getValue() == 0) {
                remote.remove(e.getKey());
            } else {
                remote.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Whether the peer has announced {@code name} and not withdrawn it. */
    public boolean remoteSupports(String name) {
        return remote.containsKey(name);
    }

    /** Wraps {@code payload} as extension {@code name} under the peer's id; the peer must support it. */
    public PeerMessage.Extended toRemote(String name, byte[] payload) {
        Integer id = remote.get(name);
        if (id == null) {
            throw new IllegalStateException("the peer does not support extension " + name);
        }
        return new PeerMessage.Extended(id, payload);
    }

    /**
     * The extension an incoming message belongs to, by the ids we advertised; empty for an id we
     * never gave out (a protocol error the caller may penalise). Id 0 is the handshake, not asked here.
     */
    public Optional<String> localName(int extendedId) {
        if (extendedId < 1 || extendedId > 0xff) {
            return Optional.empty();
        }
        return Optional.ofNullable(localNames[extendedId]);
    }
}
