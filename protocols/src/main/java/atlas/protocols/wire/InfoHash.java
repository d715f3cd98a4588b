package atlas.protocols.wire;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A torrent's v1 identity (BEP 3): the 20-byte SHA-1 of its bencoded {@code info} dictionary, as
 * sent in the handshake. Equality compares content.
 */
public final class InfoHash {

    public static final int BYTES = 20;

    private final byte[] bytes;

    private InfoHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a copy of 20 bytes. */
    public static InfoHash of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("an info-hash has " + BYTES + " bytes, not " + bytes.length);
        }
        return new InfoHash(bytes.clone());
    }

    /** The SHA-1 of {@code infoBytes}, the raw bencoded info dictionary. */
    public static InfoHash ofInfo(byte[] infoBytes) {
        return new InfoHash(sha1().digest(infoBytes));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** A fresh SHA-1 digest; every JDK ships one. */
    static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfoHash h && Arrays.equals(h.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Lower-case hex, as magnet links and trackers' logs show it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(2 * BYTES);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >>> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return s.toString();
    }
}
