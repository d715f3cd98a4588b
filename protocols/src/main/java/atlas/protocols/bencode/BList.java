package atlas.protocols.bencode;

import java.util.List;

/**
 * A bencoded list, {@code l<values>e}.
 *
 * @param values the elements, in order; copied into an unmodifiable list
 */
public record BList(List<BValue> values) implements BValue {

    public BList {
        values = List.copyOf(values);
    }

    public static BList of(BValue... values) {
        return new BList(List.of(values));
    }
}
