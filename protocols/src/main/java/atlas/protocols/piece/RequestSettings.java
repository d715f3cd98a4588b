package atlas.protocols.piece;

import java.util.Objects;

/**
 * Block request parameters of one download.
 *
 * <p>How many requests a connection keeps outstanding grows with the rate the peer sends at, so
 * the requests cover the round trip on a fast, distant link: mainline 4.x keeps
 * {@code 2 + 4 s x rate / block} ({@code Downloader.py}, {@code SingleDownload._backlog}, capped
 * near 50) and libtorrent {@code request_queue_time} (3 s) worth of blocks. A fixed depth of five
 * 16 KiB blocks caps a connection at 80 KiB per round trip, whatever the link.
 *
 * @param pipelineDepth        requests kept outstanding per connection at least (5)
 * @param requestTimeoutMicros how long a request may stay unanswered before it is cancelled and
 *                             becomes requestable from other peers (60 s, as mainline's snub time)
 * @param backlogMicros        how much of the peer's current rate, in time, to keep requested
 *                             beyond {@code pipelineDepth} (mainline: 4 s; 0 keeps the depth fixed)
 * @param maxPipelineDepth     requests kept outstanding per connection at most (mainline: 50)
 * @param endgame              how blocks outstanding elsewhere are asked for once all are requested
 */
public record RequestSettings(int pipelineDepth, long requestTimeoutMicros, long backlogMicros, int maxPipelineDepth,
        Endgame endgame) {

    public RequestSettings {
        if (pipelineDepth <= 0) {
            throw new IllegalArgumentException("pipelineDepth must be positive, not " + pipelineDepth);
        }
        if (requestTimeoutMicros <= 0) {
            throw new IllegalArgumentException("requestTimeoutMicros must be positive, not " + requestTimeoutMicros);
        }
        if (backlogMicros < 0) {
            throw new IllegalArgumentException("backlogMicros must not be negative, not " + backlogMicros);
        }
        if (maxPipelineDepth < pipelineDepth) {
            throw new IllegalArgumentException("maxPipelineDepth " + maxPipelineDepth + " is below pipelineDepth " + pipelineDepth);
        }
        Objects.requireNonNull(endgame, "endgame");
    }

    /** With mainline's endgame. */
    public RequestSettings(int pipelineDepth, long requestTimeoutMicros, long backlogMicros, int maxPipelineDepth) {
        this(pipelineDepth, requestTimeoutMicros, backlogMicros, maxPipelineDepth, Endgame.MAINLINE);
    }

    public static RequestSettings defaults() {
        return new RequestSettings(5, 60_000_000L, 4_000_000L, 50);
    }

    /** Requests to keep outstanding at a peer sending {@code bytesPerSecond}, in blocks of {@code blockLength}. */
    public int depth(double bytesPerSecond, int blockLength) {
        double extra = bytesPerSecond * backlogMicros / 1e6 / blockLength;
        return (int) Math.min(maxPipelineDepth, pipelineDepth + Math.floor(extra));
    }
}
