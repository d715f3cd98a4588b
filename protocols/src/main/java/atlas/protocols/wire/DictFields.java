package atlas.protocols.wire;

import atlas.protocols.bencode.BBytes;
import atlas.protocols.bencode.BDict;
import atlas.protocols.bencode.BInteger;
import atlas.protocols.bencode.BList;
import atlas.protocols.bencode.BValue;
import atlas.protocols.bencode.Bencode;
import atlas.protocols.bencode.BencodeException;
import atlas.protocols.bencode.BencodeLimits;

/**
 * Typed, range-checked lookups in a decoded dictionary, shared by the metainfo reader and the
 * extension-message decoders so that every schema error reads alike: which key, what was expected,
 * what was found. Absent optional keys are the caller's business ({@link BDict#get}).
 */
public final class DictFields {

    private DictFields() {
    }

    /**
     * Decodes an extension payload that must be one bencoded dictionary ({@link BencodeLimits#MESSAGE}),
     * reporting bad bencoding as a wire error; {@code what} names the payload in the message.
     */
    public static BDict decodePayload(byte[] payload, String what) {
        BValue value;
        try {
            value = Bencode.decode(payload, BencodeLimits.MESSAGE);
        } catch (BencodeException e) {
            throw new WireException("bad bencoding in " + what + ": " + e.getMessage(), e);
        }
        if (!(value instanceof BDict dict)) {
            throw new WireException(what + " must be a dictionary, found " + kind(value));
        }
        return dict;
    }

    /** The integer under {@code key}, which must be present and within {@code [min, max]}. */
    public static long requireLong(BDict dict, String key, long min, long max) {
        BValue v = require(dict, key);
        return checkLong(key, v, min, max);
    }

    /** The integer under {@code key} within {@code [min, max]}, or {@code absent} if there is none. */
    public static long optionalLong(BDict dict, String key, long min, long max, long absent) {
        BValue v = dict.get(key);
        return v == null ? absent : checkLong(key, v, min, max);
    }

    /** The byte string under {@code key}, present, of {@code minLength..maxLength} bytes. */
    public static byte[] requireBytes(BDict dict, String key, int minLength, int maxLength) {
        BValue v = require(dict, key);
        if (!(v instanceof BBytes b)) {
            throw wrongType(key, "a byte string", v);
        }
        if (b.length() < minLength || b.length() > maxLength) {
            throw new WireException("key \"" + key + "\": expected " + (minLength == maxLength ? minLength + " bytes"
                    : minLength + " to " + maxLength + " bytes") + ", found " + b.length());
        }
        return b.bytes();
    }

    /** The UTF-8 text under {@code key}, present. */
    public static String requireText(BDict dict, String key) {
        BValue v = require(dict, key);
        if (!(v instanceof BBytes b)) {
            throw wrongType(key, "a byte string", v);
        }
        return b.asUtf8();
    }

    public static BList requireList(BDict dict, String key) {
        BValue v = require(dict, key);
        if (!(v instanceof BList l)) {
            throw wrongType(key, "a list", v);
        }
        return l;
    }

    public static BDict requireDict(BDict dict, String key) {
        BValue v = require(dict, key);
        if (!(v instanceof BDict d)) {
            throw wrongType(key, "a dictionary", v);
        }
        return d;
    }

    private static BValue require(BDict dict, String key) {
        BValue v = dict.get(key);
        if (v == null) {
            throw new WireException("missing required key \"" + key + "\"");
        }
        return v;
    }

    private static long checkLong(String key, BValue v, long min, long max) {
        if (!(v instanceof BInteger i)) {
            throw wrongType(key, "an integer", v);
        }
        if (i.value() < min || i.value() > max) {
            throw new WireException("key \"" + key + "\": " + i.value() + " is outside [" + min + ", " + max + "]");
        }
        return i.value();
    }

    /** A schema error: {@code key} holds the wrong kind of value. */
    public static WireException wrongType(String key, String expected, BValue found) {
        return new WireException("key \"" + key + "\": expected " + expected + ", found " + kind(found));
    }

    static String kind(BValue v) {
        if (v instanceof BInteger) {
            return "an integer";
        }
        if (v instanceof BBytes) {
            return "a byte string";
        }
        return v instanceof BList ? "a list" : "a dictionary";
    }
}
