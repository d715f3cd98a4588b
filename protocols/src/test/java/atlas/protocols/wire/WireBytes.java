package atlas.protocols.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds golden byte arrays from annotated pieces: ints as unsigned bytes, strings as ASCII. */
final class WireBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static WireBytes of() {
        return new WireBytes();
    }

    /** Appends each value as one byte (0..255). */
    WireBytes bytes(int... values) {
        for (int v : values) {
            if (v < 0 || v > 0xff) {
                throw new IllegalArgumentException("not a byte: " + v);
            }
            out.write(v);
        }
        return this;
    }

    WireBytes ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    WireBytes raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    byte[] build() {
        return out.toByteArray();
    }
}
