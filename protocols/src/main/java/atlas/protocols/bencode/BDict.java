package atlas.protocols.bencode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bencoded dictionary, {@code d<key><value>...e}. Keys are byte strings kept in raw-byte order
 * (unsigned, byte by byte), the order BEP 3 requires on the wire, so iteration order is encoding
 * order. Build one with {@link #builder()}.
 */
public final class BDict implements BValue {

    /** BEP 3: "Keys must be strings and appear in sorted order (sorted as raw strings, not alphanumerics)." */
    static final Comparator<BBytes> RAW_ORDER = (a, b) -> Arrays.compareUnsigned(a.unsafeBytes(), b.unsafeBytes());

    private final SortedMap<BBytes, BValue> entries;

    private BDict(TreeMap<BBytes, BValue> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The entries in raw key order, unmodifiable. */
    public SortedMap<BBytes, BValue> entries() {
        return entries;
    }

    /** The value under the UTF-8 key {@code key}, or null. */
    public BValue get(String key) {
        return entries.get(BBytes.utf8(key));
    }

    public boolean containsKey(String key) {
        return entries.containsKey(BBytes.utf8(key));
    }

    public int size() {
        return entries.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BDict d && d.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (Map.Entry<BBytes, BValue> e : entries.entrySet()) {
            if (s.length() > 1) {
                s.append(", ");
            }
            s.append(new String(e.getKey().unsafeBytes(), StandardCharsets.ISO_8859_1)).append('=').append(e.getValue());
        }
        return s.append('}').toString();
    }

    /** Collects entries in any order; a key put twice keeps the last value. */
    public static final class Builder {

        private TreeMap<BBytes, BValue> entries = new TreeMap<>(RAW_ORDER);

        private Builder() {
        }

        public Builder put(BBytes key, BValue value) {
            entries.put(key, Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder put(String key, BValue value) {
            return put(BBytes.utf8(key), value);
        }

        public Builder put(String key, long value) {
            return put(key, new BInteger(value));
        }

        public Builder put(String key, byte[] value) {
            return put(key, BBytes.of(value));
        }

        public Builder put(String key, String utf8) {
            return put(key, BBytes.utf8(utf8));
        }

        /** The dictionary; the builder must not be used afterwards. */
        public BDict build() {
            BDict dict = new BDict(entries);
            entries = null;
            return dict;
        }
    }
}
