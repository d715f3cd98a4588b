package atlas.sim.chain;

/**
 * The mock chain's rules, with java-tron's mainnet values as defaults (reference facts, "Tron chain
 * rules"). Times are microseconds, sizes bytes, fees sun (10^-6 TRX).
 *
 * @param blockIntervalMicros time between block slots (3 s, {@code BLOCK_PRODUCED_INTERVAL})
 * @param representatives super representatives producing slots in turn (27)
 * @param solidificationBlocks a block is solid once this many blocks follow it (19: 70 % of 27)
 * @param maxBlockBytes serialized transactions per block at most (2,000,000, {@code ChainConstant.BLOCK_SIZE})
 * @param maxTransactionBytes largest transaction accepted (500 KiB, {@code TRANSACTION_MAX_BYTE_SIZE})
 * @param defaultExpirationMicros how long a client's transaction stays valid (60 s)
 * @param maxExpirationMicros expiration at most this far ahead (24 h, {@code MAXIMUM_TIME_UNTIL_EXPIRATION})
 * @param resultBytes added to the serialized size for billing (64, {@code MAX_RESULT_SIZE_IN_TX})
 * @param freeBandwidthBytes free bandwidth per account per day, reset at each day boundary (600)
 * @param bandwidthPriceSun burned per billed byte when free bandwidth does not cover a transaction (1000)
 * @param createAccountFeeSun burned by a transfer that creates its recipient's account (1 TRX,
 *     {@code CREATE_NEW_ACCOUNT_FEE_IN_SYSTEM_CONTRACT})
 * @param createAccountBandwidthFeeSun burned instead of bandwidth by a transaction creating an
 *     account (0.1 TRX, {@code CREATE_ACCOUNT_FEE})
 * @param missedSlotProbability chance that a slot's representative produces no block (0)
 * @param challengeWindowMicros a channel's challenge window after a unilateral close or expiry
 *     (1 h; *assumption*, the shipped ledger had no dispute window)
 */
public record ChainParameters(long blockIntervalMicros, int representatives, int solidificationBlocks,
        int maxBlockBytes, int maxTransactionBytes, long defaultExpirationMicros, long maxExpirationMicros,
        int resultBytes, long freeBandwidthBytes, long bandwidthPriceSun, long createAccountFeeSun,
        long createAccountBandwidthFeeSun, double missedSlotProbability, long challengeWindowMicros) {

    /** Length of the free-bandwidth day. */
    public static final long DAY_MICROS = 86_400_000_000L;

    private static final long SECOND = 1_000_000L;

    public ChainParameters {
        positive(blockIntervalMicros, "block-interval");
        positive(representatives, "representatives");
        positive(solidificationBlocks, "solidification-blocks");
        positive(maxTransactionBytes, "max-transaction-bytes");
        if (maxBlockBytes < maxTransactionBytes) {
            throw new IllegalArgumentException("max-block-bytes must be at least max-transaction-bytes, got "
                    + maxBlockBytes + " < " + maxTransactionBytes);
        }
        positive(defaultExpirationMicros, "default-expiration");
        if (maxExpirationMicros < defaultExpirationMicros) {
            throw new IllegalArgumentException("max-expiration must be at least default-expiration");
        }
        notNegative(resultBytes, "result-bytes");
        notNegative(freeBandwidthBytes, "free-bandwidth");
        notNegative(bandwidthPriceSun, "bandwidth-price");
        notNegative(createAccountFeeSun, "create-account-fee");
        notNegative(createAccountBandwidthFeeSun, "create-account-bandwidth-fee");
        if (!(missedSlotProbability >= 0.0 && missedSlotProbability < 1.0)) {
            throw new IllegalArgumentException("missed-slot-probability must be in [0, 1), got " + missedSlotProbability);
        }
        positive(challengeWindowMicros, "challenge-window");
    }

    /** Mainnet's values, as listed on the record. */
    public static ChainParameters defaults() {
        return new ChainParameters(3 * SECOND, 27, 19, 2_000_000, 500 * 1024, 60 * SECOND, DAY_MICROS, 64,
                600, 1000, 1_000_000, 100_000, 0.0, 3600 * SECOND);
    }

    /** These parameters with another missed-slot probability. */
    public ChainParameters withMissedSlotProbability(double probability) {
        return new ChainParameters(blockIntervalMicros, representatives, solidificationBlocks, maxBlockBytes,
                maxTransactionBytes, defaultExpirationMicros, maxExpirationMicros, resultBytes, freeBandwidthBytes,
                bandwidthPriceSun, createAccountFeeSun, createAccountBandwidthFeeSun, probability,
                challengeWindowMicros);
    }

    /** These parameters with another block interval (a {@link LiveChain} in tests runs 50 ms blocks). */
    public ChainParameters withBlockIntervalMicros(long micros) {
        return new ChainParameters(micros, representatives, solidificationBlocks, maxBlockBytes, maxTransactionBytes,
                defaultExpirationMicros, maxExpirationMicros, resultBytes, freeBandwidthBytes, bandwidthPriceSun,
                createAccountFeeSun, createAccountBandwidthFeeSun, missedSlotProbability, challengeWindowMicros);
    }

    /** These parameters with another challenge window (tests that close channels alone wait a second, not an hour). */
    public ChainParameters withChallengeWindowMicros(long micros) {
        return new ChainParameters(blockIntervalMicros, representatives, solidificationBlocks, maxBlockBytes,
                maxTransactionBytes, defaultExpirationMicros, maxExpirationMicros, resultBytes, freeBandwidthBytes,
                bandwidthPriceSun, createAccountFeeSun, createAccountBandwidthFeeSun, missedSlotProbability, micros);
    }

    /** These parameters with another block size limit (and the transaction limit lowered to it if above). */
    public ChainParameters withMaxBlockBytes(int bytes) {
        return new ChainParameters(blockIntervalMicros, representatives, solidificationBlocks, bytes,
                Math.min(maxTransactionBytes, bytes), defaultExpirationMicros, maxExpirationMicros, resultBytes,
                freeBandwidthBytes, bandwidthPriceSun, createAccountFeeSun, createAccountBandwidthFeeSun,
                missedSlotProbability, challengeWindowMicros);
    }

    private static void positive(long value, String key) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive, got " + value);
        }
    }

    private static void notNegative(long value, String key) {
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative, got " + value);
        }
    }
}
