package atlas.protocols.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An account address: the last 20 bytes of a hash of the account's public key, shown with Tron's
 * 0x41 prefix. Tron hashes a secp256k1 key with Keccak-256 (java-tron {@code ECKey.computeAddress});
 * the JDK has no Keccak, so we hash with SHA-256: same shape, same one-way property, and a client
 * adapter for a real node would map its addresses one to one.
 *
 * @param high bytes 0..7 of the 20-byte hash tail
 * @param middle bytes 8..15
 * @param low bytes 16..19
 */
public record Address(long high, long middle, int low) {

    /** Tron's address prefix byte on mainnet. */
    public static final int PREFIX = 0x41;

    /** Bytes an address occupies on the wire: the prefix and 20 hash bytes. */
    public static final int BYTES = 21;

    /** The address of the account that holds {@code publicKey}, in any signature scheme's encoding. */
    public static Address fromPublicKey(byte[] publicKey) {
        byte[] hash = sha256(publicKey);
        return new Address(readLong(hash, 12), readLong(hash, 20), (int) (readLong(hash, 24) & 0xFFFF_FFFFL));
    }

    /** The 21 wire bytes: prefix then the 20-byte hash tail. */
    public byte[] toBytes() {
        byte[] out = new byte[BYTES];
        out[0] = (byte) PREFIX;
        writeLong(out, 1, high);
        writeLong(out, 9, middle);
        for (int i = 0; i < 4; i++) {
            out[17 + i] = (byte) (low >>> (24 - 8 * i));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(2 * BYTES);
        for (byte b : toBytes()) {
            text.append(Character.forDigit((b >>> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    static long readLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    private static void writeLong(byte[] bytes, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[offset + i] = (byte) (value >>> (56 - 8 * i));
        }
    }
}
