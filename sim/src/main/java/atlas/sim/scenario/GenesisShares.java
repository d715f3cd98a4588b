package atlas.sim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Converts a genesis allocation between the scenario's shares and the chain's whole base units,
 * both ways, so that the resolved YAML loads back to the same amounts.
 *
 * <p>Shares to amounts: line {@code i} receives {@code round(S * c_i) - round(S * c_(i-1))}, where
 * {@code S} is the supply and {@code c_i} the sum of the first {@code i} shares (capped at 1), in
 * exact decimal arithmetic, and the last line takes the rest. The amounts therefore add up to the
 * supply exactly, each is within one base unit of its share (the last also absorbs the tolerance
 * with which the shares sum to 1), and no rounding depends on a double: a 990,000,000,000 BTT
 * supply at precision 6 has 18 digits, more than a double holds.
 *
 * <p>Amounts to shares: the fewest significant digits (the same for every line) whose shares give
 * back exactly these amounts, so the white paper's table reads 0.06, 0.101, ...
 */
final class GenesisShares {

    /** How far from 1 the shares may sum, as for the network's classes. */
    static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    /** Enough digits for any supply and any realistic number of lines; the search stops long before. */
    private static final int MAX_DIGITS = 40;

    private GenesisShares() {
    }

    /** Base units per line; the shares are fractions in [0, 1]. */
    static long[] amounts(BigDecimal[] shares, long supply) {
        BigDecimal total = BigDecimal.valueOf(supply);
        long[] amounts = new long[shares.length];
        BigDecimal cumulative = BigDecimal.ZERO;
        long allocated = 0;
        for (int i = 0; i < shares.length - 1; i++) {
            cumulative = cumulative.add(shares[i]).min(BigDecimal.ONE);
            long upTo = total.multiply(cumulative).setScale(0, RoundingMode.HALF_UP).longValueExact();
            amounts[i] = upTo - allocated;
            allocated = upTo;
        }
        amounts[shares.length - 1] = supply - allocated;
        return amounts;
    }

    /** Whether the shares sum to 1 within {@link #TOLERANCE}. */
    static boolean sumsToOne(BigDecimal[] shares) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal share : shares) {
            sum = sum.add(share);
        }
        return sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) <= 0;
    }

    /** Shares that {@link #amounts} turns back into {@code amounts}, which add up to {@code supply}. */
    static BigDecimal[] shares(long[] amounts, long supply) {
        BigDecimal total = BigDecimal.valueOf(supply);
        for (int digits = 1; digits <= MAX_DIGITS; digits++) {
            MathContext context = new MathContext(digits, RoundingMode.HALF_EVEN);
            BigDecimal[] shares = new BigDecimal[amounts.length];
            for (int i = 0; i < amounts.length; i++) {
                shares[i] = BigDecimal.valueOf(amounts[i]).divide(total, context).stripTrailingZeros();
            }
            if (sumsToOne(shares) && Arrays.equals(amounts(shares, supply), amounts)) {
                return shares;
            }
        }
        throw new IllegalStateException("no shares of up to " + MAX_DIGITS + " digits give back the allocation "
                + Arrays.toString(amounts) + " of " + supply);
    }
}
