package atlas.protocols.choke;

import atlas.protocols.PolicyRegistry;

/**
 * The chokers a scenario can name: {@code protocol.choker.leecher} picks from {@link #LEECHER},
 * {@code protocol.choker.seed} from {@link #SEED}. Adding a policy is one class, its parameter
 * record and one line here.
 */
public final class Chokers {

    /** Chokers for a peer that is still downloading. */
    public static final PolicyRegistry<Choker> LEECHER = new PolicyRegistry<Choker>("leecher choker")
            .register("mainline", MainlineChokerParams.DEFAULTS, MainlineChoker::new)
            .register("propshare", PropShareChokerParams.DEFAULTS, PropShareChoker::new)
            .register("bid-mainline", BidChokerParams.DEFAULTS, BidChoker::new);

    /** Chokers for a peer that has the whole torrent. */
    public static final PolicyRegistry<Choker> SEED = new PolicyRegistry<Choker>("seed choker")
            .register("mainline-seed", MainlineSeedChokerParams.DEFAULTS, MainlineSeedChoker::new)
            .register("round-robin", RoundRobinChokerParams.DEFAULTS, RoundRobinChoker::new)
            .register("fastest-upload", FastestUploadChokerParams.DEFAULTS, FastestUploadChoker::new)
            .register("anti-leech", AntiLeechChokerParams.DEFAULTS, AntiLeechChoker::new)
            .register("bid-mainline-seed", BidSeedChokerParams.DEFAULTS, BidChoker::new);

    private Chokers() {
    }
}
