package atlas.protocols.bencode;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/** Seeded corruption of valid encodings, shared by the bencode and wire fuzz tests. */
public final class Mutations {

    private Mutations() {
    }

    /** Flips, inserts, deletes or truncates a few bytes, favouring the structural characters. */
    public static byte[] mutate(UniformRandomProvider random, byte[] in) {
        byte[] out = in;
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length);
            byte[] alphabet = {'i', 'e', 'l', 'd', ':', '-', '0', '1', '9', (byte) 0xff};
            byte b = alphabet[random.nextInt(alphabet.length)];
            switch (random.nextInt(4)) {
                case 0:
                    if (out.length > 0) {
                        out = out.clone();
                        out[at] = b;
                    }
                    break;
                case 1:
                    byte[] inserted = new byte[out.length + 1];
                    System.arraycopy(out, 0, inserted, 0, at);
                    inserted[at] = b;
                    System.arraycopy(out, at, inserted, at + 1, out.length - at);
                    out = inserted;
                    break;
                case 2:
                    if (out.length > 0) {
                        byte[] deleted = new byte[out.length - 1];
                        System.arraycopy(out, 0, deleted, 0, at);
                        System.arraycopy(out, at + 1, deleted, at, out.length - at - 1);
                        out = deleted;
                    }
                    break;
                default:
                    out = Arrays.copyOf(out, at);
            }
        }
        return out;
    }
}
