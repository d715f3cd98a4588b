package atlas.protocols.bencode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A bencoded byte string, {@code <length>:<bytes>}. Bencoding has no text type: names are UTF-8
 * by convention (BEP 3), hashes and signatures are raw bytes. Equality compares content.
 */
public final class BBytes implements BValue {

    private final byte[] bytes;

    private BBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A byte string holding a copy of {@code bytes}. */
    public static BBytes of(byte[] bytes) {
        return new BBytes(bytes.clone());
    }

    /** The UTF-8 encoding of {@code text}. */
    public static BBytes utf8(String text) {
        return new BBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Wraps an array the caller gives up; for the decoder, which has just allocated it. */
    static BBytes wrap(byte[] bytes) {
        return new BBytes(bytes);
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The bytes read as UTF-8, malformed sequences replaced. */
    public String asUtf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes without copying, for the encoder. */
    byte[] unsafeBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BBytes b && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length + ":" + new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
