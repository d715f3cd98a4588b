package atlas.protocols;

/**
 * The only source of time protocol code may read. The simulator passes its virtual clock; a real
 * peer passes one backed by {@link System#nanoTime()}. Protocol code never reads the wall clock
 * itself, so the same object behaves identically in both (libtorrent's swappable clock type).
 */
@FunctionalInterface
public interface Clock {
    /** Microseconds since an arbitrary, fixed origin; never decreases. */
    long micros();
}
