package atlas.sim.chain;

import java.util.List;

/**
 * The BTT issued at genesis and who holds it, one account per allocation category, plus TRX for
 * each category account to pay fees with. The defaults are the BTT white paper's (v0.8.7, Feb 2019;
 * reference facts): asset id 1002000, precision 6, 990,000,000,000 BTT.
 *
 * @param assetId the TRC-10 id (1002000)
 * @param precision decimal places of one token (6: 1 BTT = 10^6 base units)
 * @param totalSupply base units issued; the lines must add up to it exactly
 * @param lines who receives what, in base units
 * @param trxPerAccountSun TRX given to each category account for fees (10,000 TRX; *assumption*)
 */
public record GenesisAllocation(long assetId, int precision, long totalSupply, List<Line> lines,
        long trxPerAccountSun) {

    /** The BTT asset id on Tron mainnet. */
    public static final long BTT_ASSET_ID = 1_002_000L;

    /** Base units per whole BTT at precision 6, and sun per TRX. */
    private static final long MICRO = 1_000_000L;

    /**
     * One allocation category.
     *
     * @param category a name, e.g. {@code public-sale}
     * @param amount base units
     */
    public record Line(String category, long amount) {
        public Line {
            if (category == null || category.isBlank()) {
                throw new IllegalArgumentException("allocation category needs a name");
            }
            if (amount < 0) {
                throw new IllegalArgumentException("allocation " + category + " must not be negative, got " + amount);
            }
        }
    }

    public GenesisAllocation {
        lines = List.copyOf(lines);
        if (precision < 0 || precision > 6) {
            throw new IllegalArgumentException("precision must be 0 to 6 (TRC-10), got " + precision);
        }
        if (trxPerAccountSun < 0) {
            throw new IllegalArgumentException("trx-per-account must not be negative, got " + trxPerAccountSun);
        }
        long sum = 0;
        for (Line line : lines) {
            sum = Math.addExact(sum, line.amount());
        }
        if (sum != totalSupply) {
            throw new IllegalArgumentException("allocation lines add up to " + sum + ", not the total supply " + totalSupply);
        }
        if (lines.stream().map(Line::category).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("allocation categories must be distinct");
        }
    }

    /** The white paper's BTT table; shares other than the public sale and the TRX-holder airdrop are assumptions. */
    public static GenesisAllocation defaults() {
        List<Line> table = List.of(
                new Line("public-sale", 59_400_000_000L * MICRO),           // 6 %, sold 28 Jan 2019 (fact)
                new Line("trx-holder-airdrop", 99_990_000_000L * MICRO),    // 10.1 %, monthly 2019-2025 (fact)
                new Line("seed-sale", 89_100_000_000L * MICRO),             // 9 % (assumption)
                new Line("private-sale", 19_800_000_000L * MICRO),          // 2 % (assumption)
                new Line("bittorrent-user-airdrop", 107_910_000_000L * MICRO), // 10.9 % (assumption)
                new Line("team", 99_000_000_000L * MICRO),                    // 10 % (assumption)
                new Line("bittorrent-foundation", 188_100_000_000L * MICRO), // 19 % (assumption)
                new Line("tron-foundation", 188_100_000_000L * MICRO),      // 19 % (assumption)
                new Line("ecosystem-partners", 138_600_000_000L * MICRO));  // 14 % (assumption)
        return new GenesisAllocation(BTT_ASSET_ID, 6, 990_000_000_000L * MICRO, table, 10_000 * MICRO);
    }
}
