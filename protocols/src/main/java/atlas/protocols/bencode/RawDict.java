package atlas.protocols.bencode;

import java.util.Arrays;
import java.util.Map;

/**
 * A decoded top-level dictionary that remembers where each of its values lay in the input. The
 * info-hash of a {@code .torrent} (BEP 3) is the SHA-1 of the {@code info} value's bytes exactly as
 * they appear in the file, so those bytes must be kept rather than re-encoded. It reads from the
 * decoded input array, which the caller must not change while using it.
 */
public final class RawDict {

    private final byte[] input;
    private final BDict value;
    private final Map<BBytes, int[]> spans;

    RawDict(byte[] input, BDict value, Map<BBytes, int[]> spans) {
        this.input = input;
        this.value = value;
        this.spans = spans;
    }

    public BDict value() {
        return value;
    }

    /** A copy of the input bytes of the value under {@code key}, or null if there is none. */
    public byte[] rawValue(String key) {
        int[] span = spans.get(BBytes.utf8(key));
        return span == null ? null : Arrays.copyOfRange(input, span[0], span[1]);
    }
}
