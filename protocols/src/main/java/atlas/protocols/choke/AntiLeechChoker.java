package atlas.protocols.choke;

/**
 * libtorrent's {@code anti_leech} seed choker ({@code src/choker.cpp} {@code anti_leech_score},
 * after Chow et al., "Improving BitTorrent: A Simple Approach"): prefers peers that
 * have just started and peers that are nearly done, V-shaped in the fraction of pieces they have,
 * so a seed helps newcomers bootstrap and finishers complete (and leave as seeds) rather than
 * peers in the middle, who can trade with each other.
 *
 * <p>The fraction comes from {@link RemoteProgress} when the caller's peer implements it. Peers
 * that do not get a neutral score of 0, below every known peer's, and are then served by the
 * longest-wait tie-break alone, i.e. round robin. libtorrent also counts what it has uploaded to
 * the peer as a lower bound of its progress; {@link ChokePeer} does not carry that total.
 */
public final class AntiLeechChoker extends LibtorrentSeedChoker {

    public AntiLeechChoker(AntiLeechChokerParams params) {
        super(params.roundInterval(), params.slots(), defaultOptimisticSlots(params.slots()),
                params.optimisticRounds());
    }

    @Override
    double score(ChokePeer peer, boolean wasChoked, long now) {
        if (!(peer instanceof RemoteProgress progress)) {
            return 0.0;
        }
        double completion = Math.min(1.0, Math.max(0.0, progress.remoteCompletion()));
        return Math.abs(completion - 0.5) * 2.0;
    }
}
