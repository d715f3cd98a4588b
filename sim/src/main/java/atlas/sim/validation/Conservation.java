package atlas.sim.validation;

import atlas.sim.chain.ChainSupply;
import atlas.sim.output.PeerRecord;
import atlas.sim.output.RunResult;
import atlas.sim.output.TokenRecord;
import atlas.sim.output.TokenResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Laws every run obeys whatever its scenario: every payload byte uploaded is downloaded by someone
 * (no byte is created or lost on the wire), no peer moves data faster than its capacity over the
 * time it was present, and every peer that completes kept exactly the content's bytes (what it
 * received less what it threw away: endgame duplicates, blocks cut short). In runs with a token
 * economy BTT is conserved too, read from the run's own results as a user would: what the funder's
 * account lost is exactly what participants received, and exactly what they hold at the end plus
 * what is escrowed in channels still open; no uploader earned BTT that no downloader paid, and no
 * participant paid more than it received and earned. Over the whole chain, every account's BTT
 * plus the escrow of unsettled channels is the genesis supply, every account's TRX plus the fees
 * burned is the genesis TRX, and the escrow the economy counts is the ledger's.
 */
final class Conservation {

    static final String FAMILY = "conservation";
    /** Whole bytes: a single byte created or lost fails the check. */
    static final Tolerance EXACT = new Tolerance.AbsoluteWithin(0);
    /**
     * Rounding slack of capacity use: times are whole microseconds, so a peer present for t us may
     * be credited up to 1 us too little; 1e-6 relative covers that for any presence over a second.
     */
    static final Tolerance WITHIN_CAPACITY = new Tolerance.RatioWithin(0, 1 + 1e-6);

    private Conservation() {
    }

    /**
     * The conservation checks over {@code results}. The check of what completed peers kept is
     * left out when no peer completed.
     */
    static List<Check> checks(String scenario, List<RunResult> results) {
        long imbalance = 0;
        double peakUpload = 0;
        double peakDownload = 0;
        long worstKept = -1;
        for (RunResult run : results) {
            long size = run.scenario().content().sizeBytes();
            long up = 0;
            long down = 0;
            for (PeerRecord p : run.peers()) {
                up += p.bytesUp();
                down += p.bytesDown();
                double present = presentSeconds(p, run.endMicros());
                if (present > 0) {
                    peakUpload = Math.max(peakUpload, p.bytesUp() / (p.uploadCapacity() * present));
                    peakDownload = Math.max(peakDownload, p.bytesDown() / (p.downloadCapacity() * present));
                }
                if (p.completed() && !p.initialSeed()) {
                    worstKept = Math.max(worstKept, Math.abs(p.bytesDown() - p.wastedBytes() - size));
                }
            }
            imbalance += Math.abs(up - down);
        }
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(FAMILY, "|bytes uploaded - bytes downloaded|, summed over " + results.size() + " run(s)",
                scenario, "bytes", imbalance, 0, EXACT));
        checks.add(new Check(FAMILY, "peak upload use (bytes up / capacity x time present)", scenario, "fraction",
                peakUpload, 1, WITHIN_CAPACITY));
        checks.add(new Check(FAMILY, "peak download use (bytes down / capacity x time present)", scenario, "fraction",
                peakDownload, 1, WITHIN_CAPACITY));
        if (worstKept >= 0) {
            checks.add(new Check(FAMILY, "largest |bytes kept - content size| of a completed peer", scenario, "bytes",
                    worstKept, 0, EXACT));
        }
        if (results.stream().anyMatch(r -> r.tokens() != null)) {
            checks.addAll(tokenChecks(scenario, results));
        }
        return checks;
    }

    /**
     * BTT conservation over the runs with a token economy, in base units (10^-6 BTT), exact. The
     * funder's flows are checked from the participants' records; the whole chain from the ledger's
     * totals: BTT is only issued at genesis and TRX only leaves as fees.
     */
    private static List<Check> tokenChecks(String scenario, List<RunResult> results) {
        long sentNotReceived = 0;
        long sentNotHeld = 0;
        long earnedUnpaid = 0;
        long overspent = 0;
        long bttImbalance = 0;
        long trxImbalance = 0;
        long escrowMismatch = 0;
        for (RunResult run : results) {
            TokenResult tokens = run.tokens();
            if (tokens == null) {
                continue;
            }
            long received = 0;
            long held = 0;
            long paid = 0;
            long earned = 0;
            for (TokenRecord t : tokens.peers()) {
                received += t.received();
                held += t.holdings();
                paid += t.paid();
                earned += t.earned();
                overspent = Math.max(overspent, t.paid() - t.received() - t.earned());
            }
            sentNotReceived += Math.abs(tokens.funderSent() - received);
            sentNotHeld += Math.abs(tokens.funderSent() - held - tokens.inChannelsEnd());
            earnedUnpaid += Math.max(0, earned - paid);
            ChainSupply supply = tokens.supply();
            bttImbalance += Math.abs(supply.assetInAccounts() + supply.assetEscrowed() - supply.genesisAsset());
            trxImbalance += Math.abs(supply.trxInAccountsSun() + supply.trxBurnedSun() - supply.genesisTrxSun());
            escrowMismatch += Math.abs(tokens.inChannelsEnd() - supply.assetEscrowed());
        }
        return List.of(
                new Check(FAMILY, "|BTT the funder sent - BTT participants received|", scenario, "base units",
                        sentNotReceived, 0, EXACT),
                new Check(FAMILY, "|BTT the funder sent - (participants' end holdings + escrow in open channels)|",
                        scenario, "base units", sentNotHeld, 0, EXACT),
                new Check(FAMILY, "BTT earned beyond BTT paid (payments on the wire only lower earnings)", scenario,
                        "base units", earnedUnpaid, 0, EXACT),
                // Every deposit came out of what the payer received or had been paid, so no one pays more.
                new Check(FAMILY, "largest BTT a participant paid beyond what it received and earned", scenario,
                        "base units", overspent, 0, EXACT),
                new Check(FAMILY, "|BTT in all accounts + escrow in unsettled channels - genesis total supply|",
                        scenario, "base units", bttImbalance, 0, EXACT),
                new Check(FAMILY, "|TRX in all accounts + TRX burned in fees - genesis TRX|", scenario, "sun",
                        trxImbalance, 0, EXACT),
                new Check(FAMILY, "|escrow the economy counts in open channels - escrow on chain|", scenario,
                        "base units", escrowMismatch, 0, EXACT));
    }

    private static double presentSeconds(PeerRecord p, long endMicros) {
        long left = p.departed() ? p.departureMicros() : endMicros;
        return (left - p.arrivalMicros()) / 1e6;
    }
}
