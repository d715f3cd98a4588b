package atlas.protocols.piece;

import java.util.Arrays;

/**
 * A fixed-size set of piece indices: what a peer has. Kept in 64-bit words with a running count,
 * so {@link #count()} and {@link #isComplete()} are O(1) and scans skip 64 pieces at a time.
 *
 * <p>On the wire (BEP 3, the BITFIELD message) piece 0 is the high bit of the first byte and the
 * spare bits of the last byte are zero; {@link #toBytes()} and {@link #fromBytes} convert. The
 * in-memory order is {@link java.util.BitSet}'s (bit {@code i & 63} of word {@code i >> 6}), which
 * makes {@link Long#numberOfTrailingZeros} find the next piece.
 */
public final class Bitfield {

    private final int size;
    private final long[] words;
    private int count;

    public Bitfield(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        this.size = size;
        this.words = new long[(size + 63) >>> 6];
    }

    /** A bitfield with every piece set: a seed's. */
    public static Bitfield full(int size) {
        Bitfield b = new Bitfield(size);
        Arrays.fill(b.words, -1L);
        b.clearSpareBits();
        b.count = size;
        return b;
    }

    /**
     * Reads a BITFIELD message payload. Rejects a payload of the wrong length or with spare bits
     * set, as BEP 3 requires clients to drop such a peer.
     */
    public static Bitfield fromBytes(byte[] bytes, int size) {
        Bitfield b = new Bitfield(size);
        if (bytes.length != (size + 7) >>> 3) {
            throw new IllegalArgumentException("a bitfield of " + size + " pieces takes " + ((size + 7) >>> 3)
                    + " bytes, not " + bytes.length);
        }
        for (int i = 0; i < bytes.length; i++) {
            // Integer.reverse moves wire bit 7 (piece 8i) to bit 24; shifting down leaves it at bit 0.
            long reversed = (Integer.reverse(bytes[i] & 0xff) >>> 24) & 0xffL;
            b.words[i >>> 3] |= reversed << ((i & 7) << 3);
        }
        if ((size & 7) != 0 && (bytes[bytes.length - 1] & (0xff >>> (size & 7))) != 0) {
            throw new IllegalArgumentException("spare bits set after piece " + (size - 1));
        }
        for (long w : b.words) {
            b.count += Long.bitCount(w);
        }
        return b;
    }

    /** The BITFIELD message payload: piece 0 is the high bit of byte 0, spare bits zero. */
    public byte[] toBytes() {
        byte[] bytes = new byte[(size + 7) >>> 3];
        for (int i = 0; i < bytes.length; i++) {
            int octet = (int) (words[i >>> 3] >>> ((i & 7) << 3)) & 0xff;
            bytes[i] = (byte) (Integer.reverse(octet) >>> 24);
        }
        return bytes;
    }

    public int size() {
        return size;
    }

    public boolean get(int index) {
        checkIndex(index);
        return (words[index >>> 6] & (1L << index)) != 0;
    }

    /** Sets the piece; setting a piece already set changes nothing. */
    public void set(int index) {
        checkIndex(index);
        long before = words[index >>> 6];
        long after = before | (1L << index);
        if (after != before) {
            words[index >>> 6] = after;
            count++;
        }
    }

    public void clear(int index) {
        checkIndex(index);
        long before = words[index >>> 6];
        long after = before & ~(1L << index);
        if (after != before) {
            words[index >>> 6] = after;
            count--;
        }
    }

    /** How many pieces are set, O(1). */
    public int count() {
        return count;
    }

    public boolean isComplete() {
        return count == size;
    }

    /** The first set piece at or after {@code from}, or -1. */
    public int nextSetBit(int from) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("from " + from);
        }
        if (from >= size) {
            return -1;
        }
        int w = from >>> 6;
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    /** The first clear piece at or after {@code from}, or -1 when every piece from there is set. */
    public int nextClearBit(int from) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("from " + from);
        }
        if (from >= size) {
            return -1;
        }
        int w = from >>> 6;
        long word = ~words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                int index = (w << 6) + Long.numberOfTrailingZeros(word);
                return index < size ? index : -1;
            }
            if (++w == words.length) {
                return -1;
            }
            word = ~words[w];
        }
    }

    /**
     * The first piece at or after {@code from} that is set here and clear in {@code other}, or -1:
     * "the next piece this peer has that we lack", 64 pieces per step.
     */
    public int nextSetBitAndNot(Bitfield other, int from) {
        if (other.size != size) {
            throw new IllegalArgumentException("sizes differ: " + size + " and " + other.size);
        }
        if (from < 0) {
            throw new IndexOutOfBoundsException("from " + from);
        }
        if (from >= size) {
            return -1;
        }
        int w = from >>> 6;
        long word = words[w] & ~other.words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w] & ~other.words[w];
        }
    }

    public Bitfield copy() {
        Bitfield b = new Bitfield(size);
        System.arraycopy(words, 0, b.words, 0, words.length);
        b.count = count;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bitfield b && b.size == size && Arrays.equals(b.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(words);
    }

    /** The pieces as '1' (set) and '0', piece 0 first. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            s.append(get(i) ? '1' : '0');
        }
        return s.toString();
    }

    private void clearSpareBits() {
        if ((size & 63) != 0) {
            words[words.length - 1] &= (1L << size) - 1;
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("piece " + index + " of " + size);
        }
    }
}
