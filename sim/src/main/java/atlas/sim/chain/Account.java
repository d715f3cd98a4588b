package atlas.sim.chain;

/** One account's balances and its free-bandwidth use on the current day; mutated only by {@link Ledger}. */
final class Account {

    /** TRX in sun. */
    long trx;
    /** TRC-10 balances in base units, indexed like {@link Ledger#assetIds}. */
    final long[] assets;
    /** The day index {@link #freeUsed} counts for; a later day starts from zero. */
    long freeDay = -1;
    /** Free bandwidth bytes used on {@link #freeDay}. */
    long freeUsed;

    Account(int assetCount) {
        this.assets = new long[assetCount];
    }

    /** Free bandwidth bytes used on {@code day}. */
    long freeUsedOn(long day) {
        return day == freeDay ? freeUsed : 0;
    }
}
