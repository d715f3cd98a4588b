package atlas.protocols.choke;

/**
 * libtorrent's {@code fastest_upload} seed choker ({@code src/choker.cpp}
 * {@code unchoke_compare_fastest_upload}): regular slots go to the peers we upload to fastest, so
 * a seed serves those who can take the most, and only the optimistic slot reaches anyone else.
 */
public final class FastestUploadChoker extends LibtorrentSeedChoker {

    public FastestUploadChoker(FastestUploadChokerParams params) {
        super(params.roundInterval(), params.slots(), defaultOptimisticSlots(params.slots()),
                params.optimisticRounds());
    }

    @Override
    double score(ChokePeer peer, boolean wasChoked, long now) {
        return peer.uploadRate(now);
    }
}
