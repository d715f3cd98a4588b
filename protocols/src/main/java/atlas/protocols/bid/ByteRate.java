package atlas.protocols.bid;

/**
 * A payload rate in bytes per second, a type of its own so that a scenario binds it from a
 * quantity with its unit ({@code 1 MiB/s}) rather than a bare number.
 *
 * @param bytesPerSecond finite and positive
 */
public record ByteRate(double bytesPerSecond) {

    public ByteRate {
        if (!(bytesPerSecond > 0 && bytesPerSecond < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("rate must be positive, got " + bytesPerSecond + " bytes per second");
        }
    }
}
