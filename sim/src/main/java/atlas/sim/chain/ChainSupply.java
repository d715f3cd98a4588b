package atlas.sim.chain;

/**
 * Where a mock chain's money is at one moment, against what its genesis issued: a read-only
 * snapshot for conservation checks. Nothing mints or destroys the genesis asset, and TRX only
 * leaves accounts as fees burned, so after every block
 * {@code assetInAccounts + assetEscrowed == genesisAsset} and
 * {@code trxInAccountsSun + trxBurnedSun == genesisTrxSun}. The figures are counted apart and
 * never reconciled here, so that a broken law shows in them rather than being hidden.
 *
 * @param genesisAsset base units of the genesis asset issued (BTT: its total supply)
 * @param assetInAccounts base units of it in all accounts, genesis categories and participants alike
 * @param assetEscrowed base units of it deposited in channels not yet settled
 * @param genesisTrxSun TRX given to the genesis accounts, sun
 * @param trxInAccountsSun TRX in all accounts, sun
 * @param trxBurnedSun TRX burned in fees, sun
 */
public record ChainSupply(long genesisAsset, long assetInAccounts, long assetEscrowed, long genesisTrxSun,
        long trxInAccountsSun, long trxBurnedSun) {
}
