package atlas.protocols.bid;

/**
 * Decides the price a downloader offers for data, one price for all its peers of a torrent
 * (BitTorrent Speed's bidding engine bid per torrent). One instance per downloader and torrent.
 * The caller asks at every rechoke round (and may ask more often) and announces the answer to its
 * peers; a strategy sees only the observed inputs passed in and keeps its own state, so the same
 * object behaves identically in the simulator and in a client.
 */
public interface BidStrategy {

    /**
     * The price to offer now, in base units per MiB; 0 for no bid.
     *
     * @param now the caller's clock, microseconds; never decreases between calls
     * @param downloadRate our total payload download rate for this torrent, bytes per second
     * @param bytesRemaining payload bytes still missing; 0 once complete
     * @param committed base units already paid or owed for this torrent's data (ledger debt included)
     */
    long price(long now, double downloadRate, long bytesRemaining, long committed);
}
