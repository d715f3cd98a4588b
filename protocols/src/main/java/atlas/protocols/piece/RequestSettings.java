package atlas.protocols.piece;

/**
 * Block request parameters of one download.
 *
 * @param pipelineDepth        requests kept outstanding per connection (mainline: 5)
 * @param requestTimeoutMicros how long a request may stay unanswered before it is cancelled and
 *                             becomes requestable from other peers (60 s, as mainline's snub time)
 */
public record RequestSettings(int pipelineDepth, long requestTimeoutMicros) {

    public RequestSettings {
        if (pipelineDepth <= 0) {
            throw new IllegalArgumentException("pipelineDepth must be positive, not " + pipelineDepth);
        }
        if (requestTimeoutMicros <= 0) {
            throw new IllegalArgumentException("requestTimeoutMicros must be positive, not " + requestTimeoutMicros);
        }
    }

    public static RequestSettings defaults() {
        return new RequestSettings(5, 60_000_000L);
    }
}
