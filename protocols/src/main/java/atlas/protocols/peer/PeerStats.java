package atlas.protocols.peer;

/**
 * A snapshot of a {@link TorrentPeer}, published by its I/O thread after every turn of its loop
 * and readable from any thread.
 *
 * @param verifiedPieces     pieces we have and have checked
 * @param pieceCount         pieces in the torrent
 * @param connections        connections open or opening
 * @param handshaken         connections past the handshake
 * @param bytesDownloaded    block payload received
 * @param bytesUploaded      block payload sent
 * @param hashFailures       pieces that failed their SHA-1 check
 * @param peersBanned        peers disconnected and refused for sending data that failed its hash
 * @param peakConnectionBytes most bytes one connection has held in its buffers at once
 */
public record PeerStats(int verifiedPieces, int pieceCount, int connections, int handshaken, long bytesDownloaded,
                        long bytesUploaded, int hashFailures, int peersBanned, long peakConnectionBytes) {

    public boolean isComplete() {
        return verifiedPieces == pieceCount;
    }
}
