package atlas.protocols.bencode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict bencoding (BEP 3, "The BitTorrent Protocol Specification", section "bencoding").
 * Decoding accepts only the canonical form, which is what BEP 3 prescribes and what makes
 * decode-then-encode the identity; libtorrent's {@code bdecode.cpp} applies the same integer and
 * length rules, though it tolerates unsorted keys, which we reject.
 */
public final class Bencode {

    private Bencode() {
    }

    /** Decodes exactly one value filling {@code input}. */
    public static BValue decode(byte[] input, BencodeLimits limits) {
        Decoder d = new Decoder(input, limits, false);
        return d.decodeAll();
    }

    /**
     * Decodes a top-level dictionary filling {@code input}, keeping where each of its values lay,
     * for the info-hash of a {@code .torrent}.
     */
    public static RawDict decodeDictionary(byte[] input, BencodeLimits limits) {
        Decoder d = new Decoder(input, limits, true);
        BValue value = d.decodeAll();
        if (!(value instanceof BDict dict)) {
            throw new BencodeException(0, "expected a dictionary ('d'), found " + describe(input[0]));
        }
        return new RawDict(input, dict, d.topSpans);
    }

    /** The canonical encoding of {@code value}. */
    public static byte[] encode(BValue value) {
        byte[] out = new byte[Math.toIntExact(encodedLength(value))];
        int end = write(value, out, 0);
        assert end == out.length;
        return out;
    }

    /** Bytes {@link #encode} would produce. */
    public static long encodedLength(BValue value) {
        if (value instanceof BInteger i) {
            return 2 + decimalDigits(i.value());
        }
        if (value instanceof BBytes b) {
            return decimalDigits(b.length()) + 1L + b.length();
        }
        long total = 2;
        if (value instanceof BList l) {
            for (BValue v : l.values()) {
                total += encodedLength(v);
            }
        } else {
            for (Map.Entry<BBytes, BValue> e : ((BDict) value).entries().entrySet()) {
                total += encodedLength(e.getKey()) + encodedLength(e.getValue());
            }
        }
        return total;
    }

    private static int write(BValue value, byte[] out, int at) {
        if (value instanceof BInteger i) {
            out[at++] = 'i';
            at = writeDecimal(i.value(), out, at);
            out[at++] = 'e';
            return at;
        }
        if (value instanceof BBytes b) {
            byte[] bytes = b.unsafeBytes();
            at = writeDecimal(bytes.length, out, at);
            out[at++] = ':';
            System.arraycopy(bytes, 0, out, at, bytes.length);
            return at + bytes.length;
        }
        if (value instanceof BList l) {
            out[at++] = 'l';
            for (BValue v : l.values()) {
                at = write(v, out, at);
            }
        } else {
            out[at++] = 'd';
            for (Map.Entry<BBytes, BValue> e : ((BDict) value).entries().entrySet()) {
                at = write(e.getKey(), out, at);
                at = write(e.getValue(), out, at);
            }
        }
        out[at++] = 'e';
        return at;
    }

    private static int decimalDigits(long v) {
        return Long.toString(v).length();
    }

    private static int writeDecimal(long v, byte[] out, int at) {
        String s = Long.toString(v);
        for (int k = 0; k < s.length(); k++) {
            out[at++] = (byte) s.charAt(k);
        }
        return at;
    }

    static String describe(byte b) {
        if (b >= 0x20 && b < 0x7f) {
            return "'" + (char) b + "'";
        }
        return String.format("byte 0x%02x", b & 0xff);
    }

    /** One pass over one input; recursion depth is bounded by the limits. */
    private static final class Decoder {

        private final byte[] in;
        private final int maxDepth;
        private final boolean keepTopSpans;
        private final Map<BBytes, int[]> topSpans = new HashMap<>();
        private int pos;

        Decoder(byte[] in, BencodeLimits limits, boolean keepTopSpans) {
            if (in.length > limits.maxInputBytes()) {
                throw new BencodeException(limits.maxInputBytes(),
                        "input of " + in.length + " bytes exceeds the limit of " + limits.maxInputBytes());
            }
            this.in = in;
            this.maxDepth = limits.maxDepth();
            this.keepTopSpans = keepTopSpans;
        }

        BValue decodeAll() {
            BValue v = value(0);
            if (pos != in.length) {
                throw new BencodeException(pos, "expected end of input after the value, found " + (in.length - pos)
                        + " more bytes");
            }
            return v;
        }

        private BValue value(int depth) {
            byte b = peek("a value");
            if (b == 'i') {
                pos++;
                long v = integer('e');
                return new BInteger(v);
            }
            if (b >= '0' && b <= '9') {
                return bytes();
            }
            if (b == 'l' || b == 'd') {
                if (depth == maxDepth) {
                    throw new BencodeException(pos, "nesting deeper than " + maxDepth);
                }
                pos++;
                return b == 'l' ? list(depth + 1) : dict(depth + 1);
            }
            throw new BencodeException(pos, "expected 'i', 'l', 'd' or a digit, found " + describe(b));
        }

        private BList list(int depth) {
            List<BValue> values = new ArrayList<>();
            while (peek("a list element or 'e'") != 'e') {
                values.add(value(depth));
            }
            pos++;
            return new BList(values);
        }

        private BDict dict(int depth) {
            BDict.Builder builder = BDict.builder();
            BBytes previous = null;
            while (true) {
                byte b = peek("a dictionary key or 'e'");
                if (b == 'e') {
                    pos++;
                    return builder.build();
                }
                int keyAt = pos;
                if (b < '0' || b > '9') {
                    throw new BencodeException(pos, "expected a byte-string key or 'e', found " + describe(b));
                }
                BBytes key = bytes();
                if (previous != null && BDict.RAW_ORDER.compare(previous, key) >= 0) {
                    throw new BencodeException(keyAt, "key " + key + (BDict.RAW_ORDER.compare(previous, key) == 0
                            ? " repeats" : " is out of order after " + previous) + " (keys must be sorted as raw bytes)");
                }
                previous = key;
                int valueAt = pos;
                builder.put(key, value(depth));
                if (keepTopSpans && depth == 1) {
                    topSpans.put(key, new int[] {valueAt, pos});
                }
            }
        }

        private BBytes bytes() {
            int at = pos;
            // Called only at a digit, so the length cannot be negative.
            long length = integer(':');
            if (length > in.length - pos) {
                // Checked before allocating, so a hostile length costs nothing.
                throw new BencodeException(at, "byte string of " + length + " bytes, but only " + (in.length - pos)
                        + " remain");
            }
            byte[] bytes = new byte[(int) length];
            System.arraycopy(in, pos, bytes, 0, bytes.length);
            pos += bytes.length;
            return BBytes.wrap(bytes);
        }

        /** A decimal up to {@code terminator}: no leading zeros, no "-0", within long range. */
        private long integer(char terminator) {
            int start = pos;
            boolean negative = false;
            if (peek("a digit") == '-') {
                negative = true;
                pos++;
            }
            int firstDigit = pos;
            long magnitude = 0;
            while (true) {
                byte b = peek(pos == firstDigit ? "a digit" : "a digit or '" + terminator + "'");
                if (b == terminator && pos > firstDigit) {
                    break;
                }
                if (b < '0' || b > '9') {
                    throw new BencodeException(pos, "expected " + (pos == firstDigit ? "a digit" : "a digit or '"
                            + terminator + "'") + ", found " + describe(b));
                }
                if (pos > firstDigit && in[firstDigit] == '0') {
                    throw new BencodeException(firstDigit, "leading zero in " + (terminator == ':' ? "a length" : "an integer"));
                }
                // Accumulate negatively so that Long.MIN_VALUE parses.
                long next = magnitude * 10 - (b - '0');
                if (magnitude < Long.MIN_VALUE / 10 || next > magnitude) {
                    throw new BencodeException(start, "integer out of the 64-bit range");
                }
                magnitude = next;
                pos++;
            }
            if (negative && magnitude == 0) {
                throw new BencodeException(start, "\"-0\" is not a valid integer");
            }
            pos++;
            if (!negative) {
                if (magnitude == Long.MIN_VALUE) {
                    throw new BencodeException(start, "integer out of the 64-bit range");
                }
                return -magnitude;
            }
            return magnitude;
        }

        private byte peek(String expected) {
            if (pos >= in.length) {
                throw new BencodeException(pos, "expected " + expected + ", found end of input");
            }
            return in[pos];
        }
    }
}
