package atlas.protocols.peer;

import atlas.protocols.piece.RequestSettings;

/**
 * The limits and policies of a {@link TorrentPeer}. The byte and count limits bound the memory a
 * remote peer can make a connection hold; the timeouts bound how long it can make us wait.
 *
 * @param picker                  piece picker name in {@link atlas.protocols.piece.PiecePickers#REGISTRY}
 * @param leecherChoker           choker name in {@link atlas.protocols.choke.Chokers#LEECHER}
 * @param seedChoker              choker name in {@link atlas.protocols.choke.Chokers#SEED}
 * @param requests                block request pipelining and timeout
 * @param maxConnections          connections open or opening at once; more incoming ones are refused
 * @param maxWriteQueueBytes      bytes queued towards one peer at most; a peer that lets more pile up
 *                                (it does not read) is disconnected
 * @param serveBelowBytes         a requested block is read from disk only while fewer bytes than this
 *                                are queued towards the peer (back-pressure for uploads)
 * @param maxQueuedRequests       requests from one peer waiting to be served; more are a protocol error
 * @param maxBlockRequest         longest block a peer may request (libtorrent: 128 KiB)
 * @param handshakeTimeoutMicros  time to connect and complete the handshake
 * @param idleTimeoutMicros       time without any byte from the peer before it is dropped (keep-alives
 *                                are sent every third of it)
 * @param writeStallMicros        time with bytes queued and none written before the peer is dropped
 * @param maxHashFailures         pieces that failed their hash with data from a peer before it is
 *                                disconnected and refused
 * @param uploadLimit             payload bytes per second we upload at most, shared among the unchoked
 *                                peers by the choker's upload weights ({@link UploadShaper}); 0 for no
 *                                limit, where every unchoked peer gets what its socket takes
 */
public record PeerSettings(String picker, String leecherChoker, String seedChoker, RequestSettings requests,
                           int maxConnections, int maxWriteQueueBytes, int serveBelowBytes, int maxQueuedRequests,
                           int maxBlockRequest, long handshakeTimeoutMicros, long idleTimeoutMicros,
                           long writeStallMicros, int maxHashFailures, long uploadLimit) {

    public PeerSettings {
        if (maxConnections <= 0 || maxQueuedRequests <= 0 || maxHashFailures <= 0) {
            throw new IllegalArgumentException("connection, request and hash-failure limits must be positive");
        }
        if (maxBlockRequest < 1 << 14) {
            throw new IllegalArgumentException("peers must be allowed to request 16 KiB blocks, not only " + maxBlockRequest);
        }
        if (serveBelowBytes <= 0 || maxWriteQueueBytes < serveBelowBytes + maxBlockRequest + 13) {
            throw new IllegalArgumentException("the write queue (" + maxWriteQueueBytes + " bytes) must hold a block above "
                    + "the serving threshold (" + serveBelowBytes + " bytes)");
        }
        if (handshakeTimeoutMicros <= 0 || idleTimeoutMicros <= 0 || writeStallMicros <= 0) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (uploadLimit < 0) {
            throw new IllegalArgumentException("the upload limit must be 0 (none) or positive, not " + uploadLimit);
        }
    }

    /**
     * Mainline's policies (rarest first, mainline and mainline-seed chokers); libtorrent's request
     * limits (500 queued requests, 128 KiB blocks); 4 MiB per connection of write queue; no upload limit.
     */
    public static PeerSettings defaults() {
        return new PeerSettings("rarest-first", "mainline", "mainline-seed", RequestSettings.defaults(), 50,
                4 << 20, 1 << 20, 500, 128 << 10, 20_000_000L, 180_000_000L, 60_000_000L, 2, 0);
    }

    /**
     * These settings with BitTorrent Speed's chokers ({@code bid-mainline}, {@code bid-mainline-seed}),
     * which give paid upload slots to the highest bidders: what an earning {@link SpeedSettings} peer uses.
     */
    public PeerSettings withBidChokers() {
        return new PeerSettings(picker, "bid-mainline", "bid-mainline-seed", requests, maxConnections,
                maxWriteQueueBytes, serveBelowBytes, maxQueuedRequests, maxBlockRequest, handshakeTimeoutMicros,
                idleTimeoutMicros, writeStallMicros, maxHashFailures, uploadLimit);
    }

    /** These settings with other timeouts, for tests and impatient users. */
    public PeerSettings withTimeouts(long handshakeMicros, long idleMicros, long writeStall) {
        return new PeerSettings(picker, leecherChoker, seedChoker, requests, maxConnections, maxWriteQueueBytes,
                serveBelowBytes, maxQueuedRequests, maxBlockRequest, handshakeMicros, idleMicros, writeStall,
                maxHashFailures, uploadLimit);
    }

    /** These settings with an upload limit in bytes per second (0: none), shared by upload weight. */
    public PeerSettings withUploadLimit(long bytesPerSecond) {
        return new PeerSettings(picker, leecherChoker, seedChoker, requests, maxConnections, maxWriteQueueBytes,
                serveBelowBytes, maxQueuedRequests, maxBlockRequest, handshakeTimeoutMicros, idleTimeoutMicros,
                writeStallMicros, maxHashFailures, bytesPerSecond);
    }
}
