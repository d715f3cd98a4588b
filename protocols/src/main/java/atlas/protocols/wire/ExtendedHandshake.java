package atlas.protocols.wire;

import atlas.protocols.bencode.BBytes;
import atlas.protocols.bencode.BDict;
import atlas.protocols.bencode.BInteger;
import atlas.protocols.bencode.BValue;
import atlas.protocols.bencode.Bencode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The BEP 10 extended handshake: extended message id 0, a bencoded dictionary. {@code m} maps each
 * extension the sender supports to the id the sender wants to receive it under (0 disables it);
 * {@code p} is the sender's listen port, {@code v} its client name and version, {@code reqq} how
 * many outstanding requests it queues. Unknown keys are ignored, as BEP 10 requires.
 *
 * @param messages extension name to id, 0..255; sorted by name
 * @param port listen port, 0 when not sent
 * @param client client name and version, if sent
 * @param requestQueue outstanding requests the sender queues, 0 when not sent
 */
public record ExtendedHandshake(Map<String, Integer> messages, int port, Optional<String> client, int requestQueue) {

    /** The extended message id of the handshake itself. */
    public static final int ID = 0;

    public ExtendedHandshake {
        TreeMap<String, Integer> copy = new TreeMap<>(messages);
        for (Map.Entry<String, Integer> e : copy.entrySet()) {
            if (e.getKey().isEmpty() || e.getValue() < 0 || e.getValue() > 0xff) {
                throw new IllegalArgumentException("bad extension entry " + e);
            }
        }
        messages = Collections.unmodifiableMap(copy);
        if (port < 0 || port > 0xffff || requestQueue < 0) {
            throw new IllegalArgumentException("port " + port + " or reqq " + requestQueue + " out of range");
        }
    }

    /** Reads the payload of an extended message with id 0. */
    public static ExtendedHandshake decode(byte[] payload) {
        BDict dict = DictFields.decodePayload(payload, "extended handshake");
        TreeMap<String, Integer> messages = new TreeMap<>();
        BValue m = dict.get("m");
        if (m != null) {
            if (!(m instanceof BDict ids)) {
                throw DictFields.wrongType("m", "a dictionary", m);
            }
            for (Map.Entry<BBytes, BValue> e : ids.entries().entrySet()) {
                String name = e.getKey().asUtf8();
                if (name.isEmpty() || !(e.getValue() instanceof BInteger id) || id.value() < 0 || id.value() > 0xff) {
                    throw new WireException("key \"m\": extension \"" + name + "\" needs an id in [0, 255], found "
                            + e.getValue());
                }
                messages.put(name, (int) id.value());
            }
        }
        int port = (int) DictFields.optionalLong(dict, "p", 0, 0xffff, 0);
        BValue v = dict.get("v");
        if (v != null && !(v instanceof BBytes)) {
            throw DictFields.wrongType("v", "a byte string", v);
        }
        int reqq = (int) DictFields.optionalLong(dict, "reqq", 1, Integer.MAX_VALUE, 0);
        return new ExtendedHandshake(messages, port, Optional.ofNullable(v).map(b -> ((BBytes) b).asUtf8()), reqq);
    }

    /** The bencoded payload, fields that were not set left out. */
    public byte[] encode() {
        BDict.Builder m = BDict.builder();
        for (Map.Entry<String, Integer> e : messages.entrySet()) {
            m.put(e.getKey(), e.getValue());
        }
        BDict.Builder dict = BDict.builder().put("m", m.build());
        if (port != 0) {
            dict.put("p", port);
        }
        client.ifPresent(c -> dict.put("v", c));
        if (requestQueue != 0) {
            dict.put("reqq", requestQueue);
        }
        return Bencode.encode(dict.build());
    }

    /** As an extended message ready to send. */
    public PeerMessage.Extended toMessage() {
        return new PeerMessage.Extended(ID, encode());
    }
}
