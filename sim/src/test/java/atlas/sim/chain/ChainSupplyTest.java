package atlas.sim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.Signer;
import org.junit.jupiter.api.Test;

/** {@link MockChain#supply()} reports where every unit went: escrow apart from accounts, fees apart from TRX held. */
class ChainSupplyTest {

    @Test
    void escrowAndFeesAreReportedApartAndAddUpToGenesis() {
        ChainFixture f = ChainFixture.standard();
        Signer payer = f.users.get(0);
        Signer recipient = f.users.get(1);
        f.open(payer, recipient, 300_000, 3600 * ChainFixture.SECOND);
        // A transfer to an account that does not exist yet burns the account creation fee.
        Signer newcomer = f.keys.newSigner();
        assertEquals(Outcome.OK, f.run(payer, new Operation.TransferAsset(newcomer.address(), ChainFixture.BTT, 1)));

        ChainSupply supply = f.chain.supply();
        assertEquals(4 * 1_000_000L, supply.genesisAsset());
        assertEquals(300_000, supply.assetEscrowed());
        assertEquals(supply.genesisAsset() - 300_000, supply.assetInAccounts());
        assertEquals(4 * 100 * ChainFixture.SECOND, supply.genesisTrxSun());
        assertTrue(supply.trxBurnedSun() > 0, "the new account's creation fee");
        assertEquals(f.chain.stats().feesBurnedSun(), supply.trxBurnedSun());
        assertEquals(supply.genesisTrxSun() - supply.trxBurnedSun(), supply.trxInAccountsSun());
    }
}
