package atlas.sim.chain;

/**
 * The mock chain's observable figures since genesis. Delays are measured from submission; means
 * are 0 when nothing was counted.
 *
 * @param submitted transactions accepted at submission
 * @param rejected transactions refused at submission
 * @param included transactions included in blocks
 * @param dropped accepted transactions no block included (expired waiting, or failed when run)
 * @param blocks blocks produced
 * @param missedSlots slots whose representative produced nothing
 * @param feesBurnedSun TRX burned for bandwidth and account creation, in sun
 * @param meanBlockFullness mean over produced blocks of transaction bytes / block size limit
 * @param meanInclusionDelayMicros mean time from submission to the including block
 * @param maxInclusionDelayMicros the longest such time
 * @param meanSolidificationDelayMicros mean time from submission to solidification
 * @param maxSolidificationDelayMicros the longest such time
 */
public record ChainStats(long submitted, long rejected, long included, long dropped, long blocks, long missedSlots,
        long feesBurnedSun, double meanBlockFullness, double meanInclusionDelayMicros, long maxInclusionDelayMicros,
        double meanSolidificationDelayMicros, long maxSolidificationDelayMicros) {
}
