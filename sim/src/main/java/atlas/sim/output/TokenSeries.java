package atlas.sim.output;

import java.util.Arrays;

/**
 * The token economy's state at each sample of the {@link TimeSeries}: the extra columns of
 * {@code timeseries.csv} in a run with an {@code incentives} section. Primitive columns, appended
 * from the event loop.
 */
public final class TokenSeries {

    private int[] openChannels = new int[64];
    private long[] bttInChannels = new long[64];
    private long[] chainTransactions = new long[64];
    private double[] usdPerBtt = new double[64];
    private int size;

    /**
     * Appends a sample, taken at the same time as the time series' row of the same index.
     *
     * @param openChannels payment channels open on chain
     * @param bttInChannels base units escrowed in them
     * @param chainTransactions transactions included in blocks so far
     * @param usdPerBtt the token's price
     */
    public void add(int openChannels, long bttInChannels, long chainTransactions, double usdPerBtt) {
        if (size == this.openChannels.length) {
            int capacity = size * 2;
            this.openChannels = Arrays.copyOf(this.openChannels, capacity);
            this.bttInChannels = Arrays.copyOf(this.bttInChannels, capacity);
            this.chainTransactions = Arrays.copyOf(this.chainTransactions, capacity);
            this.usdPerBtt = Arrays.copyOf(this.usdPerBtt, capacity);
        }
        this.usdPerBtt[size] = usdPerBtt;
        this.openChannels[size] = openChannels;
        this.bttInChannels[size] = bttInChannels;
        this.chainTransactions[size] = chainTransactions;
        size++;
    }

    public int size() {
        return size;
    }

    public int openChannels(int sample) {
        return openChannels[checked(sample)];
    }

    public long bttInChannels(int sample) {
        return bttInChannels[checked(sample)];
    }

    public long chainTransactions(int sample) {
        return chainTransactions[checked(sample)];
    }

    public double usdPerBtt(int sample) {
        return usdPerBtt[checked(sample)];
    }

    private int checked(int sample) {
        if (sample < 0 || sample >= size) {
            throw new IndexOutOfBoundsException("sample " + sample + " of " + size);
        }
        return sample;
    }
}
